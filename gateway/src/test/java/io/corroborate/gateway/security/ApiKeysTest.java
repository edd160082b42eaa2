package io.corroborate.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void findsEachKeyWithItsRole() {
        ApiKeys keys = new ApiKeys(" alpha:writer , beta:reader ");
        assertEquals(Role.WRITER, keys.lookup("alpha").orElseThrow().role());
        assertEquals(Role.READER, keys.lookup("beta").orElseThrow().role());
        assertTrue(keys.lookup("gamma").isEmpty());
        assertTrue(keys.lookup("alph").isEmpty());
    }

    @Test
    void keyIdsNeverContainTheKey() {
        ApiKeys keys = new ApiKeys("secret-value:writer");
        String id = keys.lookup("secret-value").orElseThrow().keyId();
        assertTrue(!id.contains("secret"), id);
    }

    @Test
    void rejectsMalformedConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> new ApiKeys("nokey"));
        assertThrows(IllegalArgumentException.class, () -> new ApiKeys("k:admin"));
    }
}
