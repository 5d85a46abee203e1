package newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import newsgraph.extract.Extractor;
import newsgraph.rdf.ArticleGraph;
import newsgraph.load.ArticleExtraction;
import newsgraph.server.JsonLdOffline;
import newsgraph.store.NewsStore;
import newsgraph.text.ArticleReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import newsgraph.text.PrintablePath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate}: check graphs against newsgraph's SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check graphs against newsgraph's SHACL shapes and print a report.",
            "",
            "FILEs are RDF files (.ttl .nt .nq .trig .jsonld .rdf; each graph of a quad file on its own) or article"
                + " .txt files (extracted first); without FILEs, every article graph of the database is checked."
                + " The shapes are ontology/shapes.ttl, or --shapes FILE (a local file: nothing is fetched, and"
                + " JSON-LD contexts are not fetched either). The exit code is 0 when everything conforms, 7 when"
                + " not, 3 when no file could be read, 1 when some could not."})
final class ValidateCommand implements Callable<Integer> {

    /** Where the shapes are inside the jar. */
    static final String SHAPES_RESOURCE = "newsgraph/ontology/shapes.ttl";
    /** Results shown per graph; a broken extractor would otherwise print thousands of lines. */
    private static final int MAX_RESULTS_SHOWN = 50;

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "RDF files or article .txt files.")
    List<Path> files = List.of();

    @Mixin
    DatabaseOption db;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Use these shapes instead of newsgraph's.")
    Path shapesFile;

    private final PrefixMapping prefixes = PrefixMapping.Factory.create();
    private int checked;
    private int invalid;

    @Override
    public Integer call() {
        if (!files.isEmpty() && db.isGiven()) {
            System.err.println("newsgraph validate: give FILEs or --db, not both");
            return ExitCode.USAGE;
        }
        Shapes shapes;
        try {
            shapes = shapes();
        } catch (IllegalStateException e) {
            System.err.println("newsgraph validate: " + e.getMessage());
            return ExitCode.INTERNAL;
        } catch (IllegalArgumentException e) {
            System.err.println("newsgraph validate: " + e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        JsonLdOffline.install();
        ArticleGraph.setPrefixes(prefixes);
        prefixes.setNsPrefixes(shapes.getGraph().getPrefixMapping());
        int unreadable = 0;
        if (files.isEmpty()) {
            try (NewsStore store = NewsStore.openExisting(db.path(), DatabaseOption.openingNotices("validate"))) {
                List<String> names = new ArrayList<>(store.articleGraphNames());
                names.sort(null);
                for (String name : names) {
                    check(name, store.copyOf(name).getGraph(), shapes);
                }
            }
        } else {
            ArticleExtraction extraction = null;
            for (Path file : files) {
                try {
                    if (file.getFileName().toString().endsWith(".txt")) {
                        if (extraction == null) {
                            // as extract makes it, links included
                            extraction = new ArticleExtraction(new ArticleReader(),
                                    Extractor.create().then(new newsgraph.link.Linker(newsgraph.link.KnowledgePack.standard())));
                        }
                        ArticleExtraction.Outcome outcome = extraction.of(file);
                        if (outcome.failed()) {
                            throw new IllegalArgumentException(outcome.problem());
                        }
                        check(file.toString(), outcome.graph().getGraph(), shapes);
                    } else {
                        checkRdfFile(file, shapes);
                    }
                } catch (IllegalArgumentException e) {
                    System.err.println("newsgraph validate: " + e.getMessage());
                    unreadable++;
                }
            }
        }
        String unread = unreadable == 0 ? "" : unreadable + (unreadable == 1 ? " file" : " files")
                + " could not be read";
        if (checked == 0 && unreadable > 0) {
            System.out.println("no graph checked: " + unread);
        } else {
            System.out.println(checked + (checked == 1 ? " graph" : " graphs") + " checked: "
                    + (invalid == 0 ? "all conform" : invalid + " do not conform") + (unread.isEmpty() ? "" : "; " + unread));
        }
        if (invalid > 0) {
            return ExitCode.INVALID;
        }
        if (unreadable > 0) {
            return unreadable == files.size() ? ExitCode.BAD_INPUT : ExitCode.SOME_FAILED;
        }
        return ExitCode.OK;
    }

    private Shapes shapes() {
        Model model = ModelFactory.createDefaultModel();
        if (shapesFile != null) {
            // a local file, read as such: "http://…" names no file here and is never fetched
            if (!Files.isRegularFile(shapesFile)) {
                throw new IllegalArgumentException("cannot read shapes " + PrintablePath.of(shapesFile) + ": no such file (--shapes takes"
                        + " a local file; nothing is fetched from the network)");
            }
            Lang lang = RDFLanguages.pathnameToLang(shapesFile.toString());
            try {
                RDFParser.source(shapesFile).lang(lang == null ? Lang.TURTLE : lang)
                        .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(model);
            } catch (RiotException e) {
                throw new IllegalArgumentException("cannot read shapes " + PrintablePath.of(shapesFile) + ": " + firstLine(e));
            }
        } else {
            try (InputStream in = ValidateCommand.class.getClassLoader().getResourceAsStream(SHAPES_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the shapes " + SHAPES_RESOURCE
                            + " are missing from this build; give --shapes FILE");
                }
                RDFDataMgr.read(model, in, Lang.TURTLE);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + SHAPES_RESOURCE + ": " + e.getMessage());
            }
        }
        return Shapes.parse(model);
    }

    private void checkRdfFile(Path file, Shapes shapes) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(PrintablePath.of(file) + ": no such file");
        }
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null) {
            throw new IllegalArgumentException(PrintablePath.of(file) + ": unknown RDF format (use .ttl, .nt, .nq, .trig, .jsonld, .rdf,"
                    + " or .txt for an article)");
        }
        Dataset data = DatasetFactory.create();
        try {
            RDFParser.source(file).lang(lang).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(data);
        } catch (RiotException e) {
            throw new IllegalArgumentException(PrintablePath.of(file) + ": not valid " + lang.getLabel() + ": " + firstLine(e));
        }
        if (!data.getDefaultModel().isEmpty() || !data.listNames().hasNext()) {
            check(PrintablePath.of(file), data.getDefaultModel().getGraph(), shapes);
        }
        for (Iterator<org.apache.jena.rdf.model.Resource> names = data.listModelNames(); names.hasNext(); ) {
            String name = names.next().getURI();
            check(PrintablePath.of(file) + " " + name, data.getNamedModel(name).getGraph(), shapes);
        }
    }

    private void check(String name, Graph graph, Shapes shapes) {
        checked++;
        ValidationReport report = ShaclValidator.get().validate(shapes, graph);
        if (report.conforms()) {
            System.out.println(name + ": conforms (" + graph.size() + " triples)");
            return;
        }
        invalid++;
        List<String> entries = report.getEntries().stream().map(this::describe).sorted().toList();
        System.out.println(name + ": does not conform (" + entries.size()
                + (entries.size() == 1 ? " result)" : " results)"));
        for (String entry : entries.subList(0, Math.min(entries.size(), MAX_RESULTS_SHOWN))) {
            System.out.println("  " + entry);
        }
        if (entries.size() > MAX_RESULTS_SHOWN) {
            System.out.println("  … and " + (entries.size() - MAX_RESULTS_SHOWN) + " more");
        }
    }

    private String describe(ReportEntry entry) {
        StringBuilder sb = new StringBuilder();
        sb.append(entry.severity().level().getLocalName()).append(": ").append(show(entry.focusNode()));
        org.apache.jena.sparql.path.Path path = entry.resultPath();
        if (path != null) {
            sb.append(' ').append(path.toString(new org.apache.jena.sparql.core.Prologue(prefixes)));
        }
        if (entry.value() != null) {
            sb.append(" = ").append(show(entry.value()));
        }
        sb.append(" — ").append(entry.message() == null ? "" : entry.message().replaceAll("\\s+", " "));
        return sb.toString();
    }

    private String show(Node node) {
        if (node.isURI()) {
            String shortForm = prefixes.shortForm(node.getURI());
            return shortForm.equals(node.getURI()) ? "<" + node.getURI() + ">" : shortForm;
        }
        String s = node.toString(prefixes);
        return s.length() > 100 ? s.substring(0, 99) + "…" : s;
    }

    /** The first line of the message; Jena's "[line: 1, col: 9 ] …" as "line 1, column 9: …". */
    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip()
                .replaceFirst("^\\[line: (-?\\d+), col: (-?\\d+)\\s*\\]\\s*", "line $1, column $2: ");
    }
}
