package cn.yibiaotong.hub.connector;

import java.util.List;

/**
 * When deliveries are produced by themselves.
 *
 * @param cron      Quartz cron expression, e.g. {@code 0 0 6 1 * ?} (06:00 on the 1st of every month)
 * @param divisions the division prefixes each run delivers, e.g. {@code 510112001} for one street
 */
public record DeliverySchedule(String cron, List<String> divisions) {

    public DeliverySchedule {
        divisions = divisions == null ? List.of() : List.copyOf(divisions);
    }
}
