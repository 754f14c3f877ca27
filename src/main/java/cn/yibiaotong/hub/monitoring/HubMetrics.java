package cn.yibiaotong.hub.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToLongFunction;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The same figures as {@link HubHealthIndicator} as Micrometer gauges (GET /actuator/metrics/hub.…), for a
 * monitoring system to chart and alert on. A gauge read while the store is down is NaN, not an error.
 */
@Component
public class HubMetrics implements MeterBinder {

    private final OperationsFigures figures;

    public HubMetrics(OperationsFigures figures) {
        this.figures = figures;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "hub.batches.running", "批次：正在处理", OperationsFigures::batchesRunning);
        gauge(registry, "hub.batches.interrupted", "批次：因停机或数据库中断而未完成（需重新提交）",
                OperationsFigures::batchesInterrupted);
        gauge(registry, "hub.deliveries.pending", "报送：待发送或重试中", OperationsFigures::deliveriesPending);
        gauge(registry, "hub.deliveries.dead.letter", "报送：死信（已用尽重试次数）", OperationsFigures::deliveriesDeadLetter);
        gauge(registry, "hub.connectors.failing", "拉取类连接器：最近一次运行失败", OperationsFigures::connectorsFailing);
    }

    private void gauge(MeterRegistry registry, String name, String description, ToLongFunction<OperationsFigures> f) {
        Gauge.builder(name, figures, x -> {
            try {
                return f.applyAsLong(x);
            } catch (DataAccessException storeDown) {
                return Double.NaN;
            }
        }).description(description).register(registry);
    }
}
