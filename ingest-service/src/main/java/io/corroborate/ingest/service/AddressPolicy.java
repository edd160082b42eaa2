package io.corroborate.ingest.service;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Decides which resolved addresses a fetch may reach: public unicast only, so a URL cannot probe our network. IPv6
 * forms that carry an IPv4 address (IPv4-mapped {@code ::ffff:0:0/96}, IPv4-compatible {@code ::/96}, NAT64
 * {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) are judged by the IPv4 address they reach; Teredo
 * ({@code 2001::/32}), unique-local ({@code fc00::/7}), documentation ({@code 2001:db8::/32}) and discard
 * ({@code 100::/64}) prefixes are never public.
 */
final class AddressPolicy {

    private AddressPolicy() {
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        return address instanceof Inet6Address ? isPublic6(b) : isPublic4(b);
    }

    private static boolean isPublic4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        int third = b[2] & 0xff;
        // 0/8 "this network", 10/8, 127/8, 169.254/16, 172.16/12, 192.168/16 private or local; 100.64/10 carrier-grade
        // NAT; 192.0.0/24 protocol assignments; 192.0.2/24, 198.51.100/24, 203.0.113/24 documentation; 198.18/15
        // benchmarking; 224/4 multicast and 240/4 reserved.
        return first != 0 && first != 10 && first != 127 && !(first == 169 && second == 254)
                && !(first == 172 && second >= 16 && second < 32) && !(first == 192 && second == 168)
                && !(first == 100 && second >= 64 && second < 128)
                && !(first == 192 && second == 0 && (third == 0 || third == 2))
                && !(first == 198 && second == 51 && third == 100) && !(first == 203 && second == 0 && third == 113)
                && !(first == 198 && (second == 18 || second == 19)) && first < 224;
    }

    private static boolean isPublic6(byte[] b) {
        int w0 = word(b, 0);
        int w1 = word(b, 2);
        if ((b[0] & 0xfe) == 0xfc || (b[0] & 0xff) == 0xff || w0 == 0x2001 && (w1 == 0 || w1 == 0x0db8)
                || w0 == 0x0100 && word(b, 2) == 0 && word(b, 4) == 0 && word(b, 6) == 0) {
            return false; // unique local, multicast, Teredo, documentation, discard
        }
        boolean zeroPrefix = allZero(b, 0, 10);
        if (zeroPrefix && (allZero(b, 10, 12) || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
            return isPublic4Embedded(b, 12); // IPv4-compatible, IPv4-mapped
        }
        if (w0 == 0x0064 && w1 == 0xff9b && allZero(b, 4, 12)) {
            return isPublic4Embedded(b, 12); // NAT64
        }
        if (w0 == 0x2002) {
            return isPublic4Embedded(b, 2); // 6to4
        }
        return true;
    }

    private static boolean isPublic4Embedded(byte[] b, int at) {
        try {
            return isPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, at, at + 4)));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int word(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
