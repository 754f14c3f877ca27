package cn.yibiaotong.hub.delivery;

import cn.yibiaotong.hub.connector.ConnectorDefinition;
import cn.yibiaotong.hub.connector.Outbound;
import cn.yibiaotong.hub.datalist.DataList;
import cn.yibiaotong.hub.division.Division;
import cn.yibiaotong.hub.division.DivisionTree;
import cn.yibiaotong.hub.resident.ValueDisplay;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Produces one delivery: walks the residents under the division page by page, writes each one the department
 * may receive into its template (streamed to the file while the SHA-256 is computed), remembers whom it carried,
 * and lists who dropped out since the previous delivery with the reason. The file is then due for sending.
 */
@Component
public class DeliveryProducer {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryProducer.class);

    private final DeliveryStore store;
    private final ResidentPages residents;
    private final DeliveryMembers members;
    private final DeliverySettings settings;
    private final DataList dataList;
    private final ValueDisplay display;
    private final DivisionTree divisions;
    private final NamedParameterJdbcTemplate jdbc;
    private final Environment environment;

    public DeliveryProducer(DeliveryStore store, ResidentPages residents, DeliveryMembers members,
                            DeliverySettings settings, DataList dataList, ValueDisplay display, DivisionTree divisions,
                            NamedParameterJdbcTemplate jdbc, Environment environment) {
        this.store = store;
        this.residents = residents;
        this.members = members;
        this.settings = settings;
        this.dataList = dataList;
        this.display = display;
        this.divisions = divisions;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    /** @return the new delivery's id; it is due for its first attempt at once */
    public String produce(ConnectorDefinition c, String divisionPrefix, String period, String trigger) {
        Outbound out = c.outbound();
        String id = UUID.randomUUID().toString();
        String divisionName = divisions.findByPrefix(divisionPrefix).map(Division::name).orElse(divisionPrefix);
        Path file = settings.storeDir().resolve(id + "." + DeliveryFormats.extension(out.file())).toAbsolutePath();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        store.insert(new MapSqlParameterSource("id", id).addValue("connector", c.id())
                .addValue("department", c.department()).addValue("division", divisionPrefix).addValue("period", period)
                .addValue("trigger", trigger).addValue("target", target(out))
                .addValue("fileName", DeliveryFormats.fill(out.file().name(), divisionPrefix, divisionName, period))
                .addValue("contentType", DeliveryFormats.contentType(out.file())).addValue("storedFile", file.toString())
                .addValue("maxAttempts", out.delivery().maxAttempts()).addValue("now", now));
        MessageDigest sha = sha256();
        int[] counts;
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream os = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), sha)) {
                DeliveryWriter writer = DeliveryFormats.writer(out.file(), os,
                        DeliveryFormats.fill(out.file().title(), divisionPrefix, divisionName, period));
                counts = write(c, id, divisionPrefix, YearMonth.parse(period), writer);
                writer.finish();
            }
            store.produced(id, HexFormat.of().formatHex(sha.digest()), Files.size(file), counts[0], counts[1],
                    OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(settings.leaseSeconds()));
        } catch (UnencodableValue e) {
            throw notProduced(id, file, e.describe(c.name(), c.id(), String.valueOf(c.source())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write delivery file " + file, e);
        }
        return id;
    }

    private int[] write(ConnectorDefinition c, String id, String prefix, YearMonth period, DeliveryWriter writer)
            throws IOException {
        ColumnValues values = new ColumnValues(c, dataList, display);
        Eligibility eligibility = new Eligibility(c.outbound().rows(), dataList, period.atEndOfMonth(), prefix);
        RosterListing roster = new RosterListing(jdbc, settings.rosterConnector());
        writer.header(values.headers());
        int rows = 0;
        List<DeliveryResident> page = residents.page(prefix, null, settings.pageSize());
        while (!page.isEmpty()) {
            List<String> carried = new ArrayList<>();
            for (DeliveryResident r : page) {
                if (eligibility.exclusion(r, roster.isListed(r)).isEmpty()) {
                    writer.row(values.cells(r, ++rows));
                    carried.add(r.residentId());
                }
            }
            members.carried(id, carried);
            page = page.size() < settings.pageSize() ? List.of()
                    : residents.page(prefix, page.get(page.size() - 1), settings.pageSize());
        }
        int removed = new RemovalWriter(c, values, eligibility, roster, residents, members, settings.pageSize())
                .write(store.previous(c.id(), prefix, id).orElse(null), id, writer);
        return new int[] {rows, removed};
    }

    /** Nothing half-written is kept or sent: the partial file goes, the delivery stays as FAILED with the reason. */
    private DeliveryNotProduced notProduced(String id, Path file, String message) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the partial delivery file " + file, e);
        }
        store.notProduced(id, message);
        // ids only: the message, stored on the delivery, is for the operator
        LOG.warn("delivery {} not produced: a value has no encoding in the connector's charset", id);
        return new DeliveryNotProduced(id, message);
    }

    private String target(Outbound out) {
        return out.delivery().isHttp() ? environment.resolveRequiredPlaceholders(out.delivery().http().url())
                : settings.outbox(out.delivery().outbox()).toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
