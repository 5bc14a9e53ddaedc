package org.newskg.relations.learned;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.apache.jena.rdf.model.Property;
import org.newskg.vocab.RelationInventory;

/**
 * The learned reader's model: for each property it was trained for, a binary maximum-entropy
 * classifier over {@link PairFeatures} ("does this pair state the property?") and the probability
 * above which a pair is read. A model trained with a dependency parser has a second classifier per
 * property over those features and the parse's ({@link PathFeatures}), and a screen: the first
 * classifier's probability under which a pair is dropped without parsing its sentence (parsing
 * costs more than all else the reader does). Stored as a zip of OpenNLP model files and a
 * {@code model.properties} that says what it was trained on; its version is a digest of the stored
 * classifiers, so that a fact's provenance names exactly the model that read it.
 */
public final class RelationModel {
    /** Where the model the {@code train} command builds for the jar lives on the class path. */
    public static final String BUNDLED = "/org/newskg/relations/learned/relations.zip";
    static final String YES = "yes";
    static final String NO = "no";
    private static final String INFO = "model.properties";
    private static final String THRESHOLD = ".threshold";
    private static final String PARSED = ".parsed";
    private static final String SCREEN = "parsed.screen";

    private final Map<Property, MaxentModel> classifiers;
    /** The keys of {@link #classifiers}, listed once: the reader asks for them for every sentence. */
    private final List<Property> properties;
    /** The classifiers over the words' and the parse's features, by property; empty for a model trained without a parser. */
    private final Map<Property, MaxentModel> parsed;
    private final double screen;
    private final Map<Property, Double> thresholds;
    private final Map<String, String> info;
    private final String version;

    RelationModel(Map<Property, MaxentModel> classifiers, Map<Property, MaxentModel> parsed, double screen,
                  Map<Property, Double> thresholds, Map<String, String> info) {
        if (!parsed.isEmpty() && !parsed.keySet().equals(classifiers.keySet())) {
            throw new IllegalArgumentException("classifiers with a parse for " + parsed.keySet() + ", without for " + classifiers.keySet());
        }
        this.classifiers = new LinkedHashMap<>(classifiers);
        this.parsed = new LinkedHashMap<>(parsed);
        this.screen = screen;
        this.properties = List.copyOf(this.classifiers.keySet());
        this.thresholds = new LinkedHashMap<>(thresholds);
        this.info = java.util.Collections.unmodifiableMap(new TreeMap<>(info));
        this.version = digest();
    }

    /**
     * The model that ships in the jar, or null when the jar has none (a build before the first
     * {@code train}); read once per process and shared, as it is immutable.
     */
    public static RelationModel bundled() {
        return Bundled.MODEL;
    }

    /** Holds the bundled model; the class loader reads it on first use, once. */
    private static final class Bundled {
        static final RelationModel MODEL = load();

        private static RelationModel load() {
            try (InputStream in = RelationModel.class.getResourceAsStream(BUNDLED)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the bundled relation model " + BUNDLED + " is not readable: " + e.getMessage(), e);
            }
        }
    }

    /** Reads a model written by {@link #write}; an exception saying what is wrong otherwise. */
    public static RelationModel read(InputStream in) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        byte[] infoBytes = entries.get(INFO);
        if (infoBytes == null) {
            throw new IOException("not a newskg relation model: no " + INFO);
        }
        Properties p = new Properties();
        p.load(new java.io.StringReader(new String(infoBytes, StandardCharsets.UTF_8)));
        RelationInventory inventory = RelationInventory.load();
        Map<Property, MaxentModel> classifiers = new LinkedHashMap<>();
        Map<Property, MaxentModel> parsed = new LinkedHashMap<>();
        Map<Property, Double> thresholds = new LinkedHashMap<>();
        Map<String, String> info = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.endsWith(THRESHOLD)) {
                String name = key.substring(0, key.length() - THRESHOLD.length());
                Property property = inventory.property(name);
                classifiers.put(property, classifier(entries, name + ".bin", name));
                if (p.containsKey(SCREEN)) {
                    parsed.put(property, classifier(entries, name + PARSED + ".bin", name));
                }
                thresholds.put(property, Double.parseDouble(p.getProperty(key)));
            } else if (!key.equals(SCREEN)) {
                info.put(key, p.getProperty(key));
            }
        }
        double screen = p.containsKey(SCREEN) ? Double.parseDouble(p.getProperty(SCREEN)) : 0;
        return new RelationModel(sorted(classifiers), sorted(parsed), screen, thresholds, info);
    }

    private static MaxentModel classifier(Map<String, byte[]> entries, String file, String property) throws IOException {
        byte[] bytes = entries.get(file);
        if (bytes == null) {
            throw new IOException("relation model lists " + property + " but has no " + file);
        }
        return new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel();
    }

    /** Writes the model as a zip; the same model always gives the same bytes. */
    public void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        StringBuilder props = new StringBuilder();
        info.forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
        thresholds.forEach((p, t) -> props.append(p.getLocalName()).append(THRESHOLD).append('=').append(t).append('\n'));
        if (parses()) {
            props.append(SCREEN).append('=').append(screen).append('\n');
        }
        put(zip, INFO, props.toString().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<Property, MaxentModel> e : classifiers.entrySet()) {
            put(zip, e.getKey().getLocalName() + ".bin", bytes(e.getValue()));
        }
        for (Map.Entry<Property, MaxentModel> e : parsed.entrySet()) {
            put(zip, e.getKey().getLocalName() + PARSED + ".bin", bytes(e.getValue()));
        }
        zip.finish();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(0); // no build time in the bytes: a retrained model is byte-identical
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The properties the model reads, in the inventory's order of local names. */
    public List<Property> properties() {
        return properties;
    }

    /** The probability that the pair with these features states the property. */
    public double probability(Property property, List<String> features) {
        return probability(property, features.toArray(String[]::new));
    }

    /** As {@link #probability(Property, List)}, for features the reader asks about for several properties. */
    double probability(Property property, String[] features) {
        return yes(classifiers.get(property), features);
    }

    /** Whether the model reads a parse: it was trained with one. */
    public boolean parses() {
        return !parsed.isEmpty();
    }

    /** Under this {@link #probability} a pair is not worth parsing its sentence for: its parsed probability is not asked. */
    double screen() {
        return screen;
    }

    /** The probability that the pair with these word and {@link PathFeatures} states the property; only for a model that {@link #parses()}. */
    double parsedProbability(Property property, String[] features) {
        return yes(parsed.get(property), features);
    }

    private static double yes(MaxentModel m, String[] features) {
        double[] p = m.eval(features);
        return p[m.getIndex(YES)];
    }

    public double threshold(Property property) {
        return thresholds.get(property);
    }

    /** A digest of the classifiers and their thresholds: names the model in provenance. */
    public String version() {
        return version;
    }

    /** What {@code train} recorded: the data, the seed, how many examples. */
    public Map<String, String> info() {
        return info;
    }

    static Map<Property, MaxentModel> sorted(Map<Property, MaxentModel> classifiers) {
        Map<Property, MaxentModel> out = new LinkedHashMap<>();
        classifiers.keySet().stream().sorted(java.util.Comparator.comparing(Property::getLocalName))
                .forEach(p -> out.put(p, classifiers.get(p)));
        return out;
    }

    private static byte[] bytes(MaxentModel model) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream data = new DataOutputStream(bytes);
            new GenericModelWriter((AbstractModel) model, data).persist();
            data.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            classifiers.forEach((p, m) -> {
                sha.update((p.getURI() + "=" + thresholds.get(p)).getBytes(StandardCharsets.UTF_8));
                sha.update(bytes(m));
            });
            if (parses()) {
                // a model without a parse digests as it did before there were parsed classifiers
                sha.update((SCREEN + "=" + screen).getBytes(StandardCharsets.UTF_8));
                parsed.values().forEach(m -> sha.update(bytes(m)));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
