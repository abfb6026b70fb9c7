package org.powerpartnership.identity.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

import org.powerpartnership.identity.PersonalDataService;
import org.powerpartnership.shared.CurrentUser;
import org.powerpartnership.shared.Roles;
import org.powerpartnership.shared.SignedInUser;
import org.powerpartnership.shared.ui.SignedOutNotice;

/** A resident downloads everything held about them, or asks for it to be erased (after a plain confirmation). */
@Route("my-data")
@Menu(title = "nav.myData", order = 86)
@RolesAllowed(Roles.RESIDENT)
class MyDataView extends Main implements HasDynamicTitle {

    static final String FILE_NAME = "my-data.json";

    private final transient PersonalDataService personalData;
    private final transient AuthenticationContext authentication;
    private final SignedInUser user;

    final Anchor download;
    final Button erase = new Button();
    final Dialog confirm = new Dialog();
    final Button confirmErase = new Button();
    final Button cancelErase = new Button();

    MyDataView(PersonalDataService personalData, CurrentUser currentUser, AuthenticationContext authentication) {
        this.personalData = personalData;
        this.authentication = authentication;
        this.user = currentUser.require();
        addClassName("pp-narrow");

        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = personalData.exportJson(user);
            return new DownloadResponse(new ByteArrayInputStream(json), FILE_NAME, "application/json", json.length);
        }), getTranslation("mydata.download.link"));
        download.setId("my-data-download");
        download.setDownload(true);
        download.addClassName("pp-button-link");

        erase.setText(getTranslation("mydata.erase.button"));
        erase.setId("my-data-erase");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.addClickListener(click -> confirm.open());

        confirm.setHeaderTitle(getTranslation("mydata.erase.confirmHeading"));
        confirm.add(new Paragraph(getTranslation("mydata.erase.confirmText")));
        confirmErase.setText(getTranslation("mydata.erase.confirm"));
        confirmErase.setId("my-data-erase-confirm");
        confirmErase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirmErase.setDisableOnClick(true);
        confirmErase.addClickListener(click -> eraseNow());
        cancelErase.setText(getTranslation("mydata.erase.cancel"));
        cancelErase.setId("my-data-erase-cancel");
        cancelErase.addClickListener(click -> confirm.close());
        confirm.getFooter().add(cancelErase, confirmErase);

        add(new H1(getTranslation("mydata.heading")), new Paragraph(getTranslation("mydata.intro")),
                new H2(getTranslation("mydata.download.heading")),
                new Paragraph(getTranslation("mydata.download.text")), download,
                new H2(getTranslation("mydata.erase.heading")), new Paragraph(getTranslation("mydata.erase.text")),
                erase);
    }

    private void eraseNow() {
        personalData.erase(user);
        confirm.close();
        // Signing out reloads the page and ends the session, so the confirmation waits for the home page.
        SignedOutNotice.leave(SignedOutNotice.Kind.DATA_ERASED);
        authentication.logout();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mydata.title");
    }
}
