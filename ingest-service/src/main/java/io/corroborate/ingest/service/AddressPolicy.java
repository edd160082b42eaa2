package io.corroborate.ingest.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Decides which resolved addresses a fetch may reach: public unicast only, so a URL cannot probe our network. */
final class AddressPolicy {

    private AddressPolicy() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc && !isMappedPrivate(b);
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // 0/8 "this network", 100.64/10 carrier-grade NAT, 192.0.0/24 protocol assignments, 198.18/15 benchmarking.
        return first != 0 && !(first == 100 && second >= 64 && second < 128)
                && !(first == 192 && second == 0 && (b[2] & 0xff) == 0)
                && !(first == 198 && (second == 18 || second == 19)) && first < 224;
    }

    private static boolean isMappedPrivate(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        if ((b[10] & 0xff) != 0xff || (b[11] & 0xff) != 0xff) {
            return false;
        }
        try {
            return !isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
