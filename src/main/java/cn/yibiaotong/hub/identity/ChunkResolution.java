package cn.yibiaotong.hub.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What resolving one chunk decided, before anything is written: the resident of each record (by row) and how it
 * was found, the residents to create, the matcher's links to record as reversible merges, and the pairs to review.
 */
public final class ChunkResolution {

    /** How a record found its resident. */
    public enum Kind {
        /** a trusted ID number already known */
        ID,
        /** probabilistic link to a resident that already holds this source's record: the same record again */
        LINKED,
        /** probabilistic link bringing a new source to a resident: recorded as a merge, so it can be undone */
        MERGED,
        /** uncertain: stored as its own resident, with pairs to review */
        REVIEW,
        /** nobody like it: a new resident */
        NEW
    }

    public record Outcome(String residentId, Kind kind) {
    }

    public record NewResident(String id, String idNumber, String mergedInto) {
    }

    /** A matcher's link: the record's own (retired) resident, the one it joined, and the ID number it brought. */
    public record AutoMerge(String survivorId, String retiredId, String connectorId, String idNumber, double score) {
    }

    public record Review(long row, String residentId, String candidateId, double score, int[] levels) {
    }

    /**
     * A resident without an ID number that a record with a known ID number links to: merged into the ID's resident
     * once the chunk is stored, so that records without an ID join their resident whichever record came first.
     */
    public record Absorb(String survivorId, String retiredId, double score) {
    }

    final Map<Long, Outcome> outcomes = new HashMap<>();
    final List<NewResident> newResidents = new ArrayList<>();
    final List<AutoMerge> merges = new ArrayList<>();
    final List<Review> reviews = new ArrayList<>();
    final List<Absorb> absorbs = new ArrayList<>();
    final Map<Long, MatchRecord> prepared = new HashMap<>();

    public Outcome outcome(long row) {
        return outcomes.get(row);
    }

    /**
     * The record of a row as resolution prepared it, so that storing it does not prepare it again; null when
     * resolution needed no comparison (every record of the chunk known by its ID number).
     */
    public MatchRecord prepared(long row) {
        return prepared.get(row);
    }

    public List<NewResident> newResidents() {
        return newResidents;
    }

    public List<AutoMerge> merges() {
        return merges;
    }

    public List<Review> reviews() {
        return reviews;
    }

    public List<Absorb> absorbs() {
        return absorbs;
    }
}
