package org.xiangli.provisioning.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StaffConfigEditTest {

    @Test
    void replacesTheKeysInTheStaffTableAndKeepsTheRest() {
        String toml = "[staff]\nport = 8080 # LAN\ntls_cert = \"/old/c.pem\"\n\n[display]\nlanguage = \"zh\"\n";

        assertEquals("[staff]\nport = 8080 # LAN\ntls_cert = \"/new/c.pem\"\ntls_key = \"/new/k.pem\"\n\n[display]\n"
                + "language = \"zh\"\n", StaffConfigEdit.set(toml, "/new/c.pem", "/new/k.pem"));
    }

    @Test
    void addsTheStaffTableWhenThereIsNone() {
        assertEquals("[station]\ncode = \"A\"\n\n[staff]\ntls_cert = \"/c\"\ntls_key = \"/k\"\n",
                StaffConfigEdit.set("[station]\ncode = \"A\"\n", "/c", "/k"));
    }

    @Test
    void aKeyOfTheSameNameInAnotherTableIsLeftAlone() {
        String toml = "[other]\ntls_key = \"x\"\n[staff]\nport = 1\n";

        assertEquals("[other]\ntls_key = \"x\"\n[staff]\nport = 1\ntls_cert = \"/c\"\ntls_key = \"/k\"\n",
                StaffConfigEdit.set(toml, "/c", "/k"));
    }
}
