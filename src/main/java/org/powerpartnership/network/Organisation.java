package org.powerpartnership.network;

/** A voluntary or community organisation in the directory (CVS, community anchor, faith group, ...). */
public record Organisation(long id, String name, String kind, String area) {
}
