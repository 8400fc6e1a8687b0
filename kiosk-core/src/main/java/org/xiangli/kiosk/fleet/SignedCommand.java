package org.xiangli.kiosk.fleet;

/**
 * What travels on {@code .../cmd}: the command's JSON bytes (Base64url in {@code body}, so the signature covers
 * exactly the bytes the hub wrote, no re-encoding), the id of the county key that signed, and the Ed25519 signature
 * (Base64url) over a domain prefix and those bytes ({@link CommandSigning}).
 */
public record SignedCommand(int v, String body, String key, String sig) implements FleetJson.Versioned {
}
