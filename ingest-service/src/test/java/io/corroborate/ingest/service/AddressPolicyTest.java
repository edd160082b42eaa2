package io.corroborate.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every range a fetch must never reach, and public addresses that it may, including IPv6 forms of IPv4. */
class AddressPolicyTest {

    @ParameterizedTest(name = "{0} public: {1}")
    @CsvSource(textBlock = """
            93.184.216.34,        true
            8.8.8.8,              true
            0.1.2.3,              false
            10.0.0.1,             false
            100.64.0.1,           false
            100.127.255.254,      false
            100.128.0.1,          true
            127.0.0.1,            false
            169.254.169.254,      false
            172.16.0.1,           false
            172.31.255.255,       false
            172.32.0.1,           true
            192.0.0.8,            false
            192.0.2.1,            false
            192.168.1.1,          false
            198.18.0.1,           false
            198.51.100.7,         false
            203.0.113.9,          false
            224.0.0.1,            false
            240.0.0.1,            false
            255.255.255.255,      false
            2606:4700::1111,      true
            ::1,                  false
            ::,                   false
            fe80::1,              false
            fc00::1,              false
            fd12:3456::1,         false
            ff02::1,              false
            2001:db8::1,          false
            2001:0:4136:e378::1,  false
            100::1,               false
            ::ffff:127.0.0.1,     false
            ::ffff:10.1.2.3,      false
            ::ffff:93.184.216.34, true
            ::127.0.0.1,          false
            ::10.0.0.1,           false
            64:ff9b::7f00:1,      false
            64:ff9b::a9fe:a9fe,   false
            64:ff9b::5db8:d822,   true
            2002:7f00:1::1,       false
            2002:c0a8:101::1,     false
            2002:5db8:d822::1,    true
            """)
    void judgesEveryRange(String address, boolean expected) throws UnknownHostException {
        assertEquals(expected, AddressPolicy.isPublic(InetAddress.getByName(address.strip())), address);
    }
}
