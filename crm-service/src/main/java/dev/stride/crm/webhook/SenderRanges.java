package dev.stride.crm.webhook;

import dev.stride.crm.platform.ProblemException;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The address ranges a webhook endpoint takes deliveries from: CIDR ranges (IPv4 or IPv6; a lone address is its own
 * range), matched with Netty's subnet rule against the client address the gateway establishes. Parsing never looks
 * a name up: only address literals are ranges.
 */
final class SenderRanges {

    static final int MAX = 100;

    private SenderRanges() {
    }

    /** The ranges as given, checked and written canonically (e.g. {@code 203.0.113.0/24}); 400 naming the field. */
    static List<String> canonical(String field, List<String> ranges) {
        if (ranges == null) {
            return List.of();
        }
        if (ranges.size() > MAX) {
            throw new ProblemException.InvalidField(field, "may list at most " + MAX + " ranges");
        }
        LinkedHashSet<String> canonical = new LinkedHashSet<>();
        for (int i = 0; i < ranges.size(); i++) {
            String range = ranges.get(i) == null ? "" : ranges.get(i).strip();
            canonical.add(parse(field + "[" + i + "]", range).canonical());
        }
        return new ArrayList<>(canonical);
    }

    /** Whether the address lies in one of the (canonical) ranges. */
    static boolean allows(List<String> ranges, String address) {
        InetAddress client = NetUtil.createInetAddressFromIpAddressString(address);
        if (client == null) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(client, 0);
        return ranges.stream().map(range -> parse("range", range))
                .anyMatch(range -> new IpSubnetFilterRule(range.address(), range.prefix(), IpFilterRuleType.ACCEPT)
                        .matches(socket));
    }

    private record Range(InetAddress address, int prefix) {
        String canonical() {
            return NetUtil.toAddressString(address) + "/" + prefix;
        }
    }

    private static Range parse(String field, String range) {
        int slash = range.indexOf('/');
        String literal = slash < 0 ? range : range.substring(0, slash);
        InetAddress address = NetUtil.createInetAddressFromIpAddressString(literal);
        if (address == null) {
            throw new ProblemException.InvalidField(field, "must be an address range such as 203.0.113.0/24 or "
                    + "2001:db8::/32, not \"" + range + "\"");
        }
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(range.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new ProblemException.InvalidField(field, "has a prefix length outside 0 to " + bits + ": \""
                        + range + "\"");
            }
        }
        return new Range(address, prefix);
    }
}
