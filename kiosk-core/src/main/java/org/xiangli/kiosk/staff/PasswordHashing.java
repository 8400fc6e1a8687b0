package org.xiangli.kiosk.staff;

/**
 * How staff passwords are stored and checked. One interface so that tests can give the login a cheap cost (or
 * watch it) while the kiosk and kioskctl use {@link Pbkdf2Passwords#STANDARD}.
 */
public interface PasswordHashing {

    /** A new stored hash of {@code password}; slow on purpose. */
    String hash(String password);

    /** Whether {@code password} is the one {@code stored} was made from; as slow as {@link #hash}. */
    boolean matches(String password, String stored);

    /** False when {@code stored} was made with less work than this hashing does now: rehash it at the next login. */
    boolean isCurrent(String stored);
}
