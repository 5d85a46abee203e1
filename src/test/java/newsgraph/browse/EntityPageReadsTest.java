package newsgraph.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newsgraph.extract.Extractor;
import newsgraph.load.ArticleLoader;
import newsgraph.rdf.Iris;
import newsgraph.rdf.Schema;
import newsgraph.store.NamedQuery;
import newsgraph.store.NewsStore;
import newsgraph.store.Page;
import newsgraph.store.PagedQuery;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entity page reads its two lists at once (issue 15: the page of a person much spoken about): the statements about
 * it, with their count and each statement's parts, on another thread of the request's snapshot while the request's
 * thread reads the statements by it. The page is the same whichever thread read what, and each list holds exactly its
 * named query's statements. Read on bench-like data: the seed and, when the dev set is beside the project, a GUM
 * article, each copied into several dated articles, so that a person speaks and is spoken about in many articles.
 */
class EntityPageReadsTest {

    @TempDir
    static Path temp;

    private static NewsStore store;
    private static ExecutorService pool;
    private static final Site SITE = new Site(Iris.BASE);

    @BeforeAll
    static void load() throws IOException {
        List<Path> texts = new ArrayList<>(List.of(Path.of("seeds").toFile().listFiles((d, n) -> n.endsWith(".txt")))
                .stream().map(java.io.File::toPath).sorted().toList());
        Path warhol = Path.of("../shared/eval/dev/gum/GUM_news_warhol.txt");
        if (Files.isRegularFile(warhol)) {
            texts.add(warhol);
        }
        Path corpus = temp.resolve("corpus.jsonl");
        try (Writer out = Files.newBufferedWriter(corpus, StandardCharsets.UTF_8)) {
            int n = 0;
            for (Path text : texts) {
                for (int copy = 0; copy < 4; copy++, n++) {
                    JsonObject line = new JsonObject();
                    line.put("url", "https://www.outlet" + copy % 2 + ".example/news/" + n);
                    // two copies on the same day: the lists order them by article
                    line.put("date", "2024-03-0" + (1 + copy / 2 * 2) + "T10:00:00Z");
                    line.put("text", Files.readString(text));
                    out.write(JSON.toStringFlat(line));
                    out.write('\n');
                }
            }
        }
        store = NewsStore.open(temp.resolve("tdb2"));
        ArticleLoader.into(store).extractor(Extractor.create()).load(List.of(corpus));
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void close() {
        pool.shutdownNow();
        store.close();
    }

    @Test
    void eachEntityPageIsTheSameWhetherItsListsAreReadAtOnceOrInTurn() {
        List<String> all = speakersAndSubjects();
        assertTrue(all.size() > 10, "enough entities: " + all);
        // a spread of them (every one takes too long), and the one most spoken about
        List<String> entities = new ArrayList<>();
        for (int i = 0; i < all.size(); i += Math.max(1, all.size() / 16)) {
            entities.add(all.get(i));
        }
        entities.add(mostSpokenAbout());
        int compared = 0;
        for (String entity : entities) {
            for (String query : List.of("n=3", "n=2&by=2&about=4", "n=100")) {
                String inTurn = page(store.dataset().asDatasetGraph(), entity, query, null);
                String atOnce = page(store.dataset().asDatasetGraph(), entity, query, pool);
                assertEquals(inTurn, atOnce, entity + "?" + query);
                compared++;
            }
        }
        assertTrue(compared > 40, "pages compared: " + compared);
    }

    @Test
    void theStatementsAboutItAreReadOnAnotherThreadWhileTheRequestReadsItsOwn() {
        String spoken = mostSpokenAbout();
        Map<String, Set<String>> readBy = new ConcurrentHashMap<>();
        DatasetGraph recording = new DatasetGraphWrapper(store.dataset().asDatasetGraph()) {
            @Override
            public java.util.Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                if (s != null && s.isURI() && s.getURI().contains("/statement/")) {
                    readBy.computeIfAbsent(s.getURI(), k -> ConcurrentHashMap.newKeySet())
                            .add(Thread.currentThread().getName());
                }
                return super.find(g, s, p, o);
            }
        };
        String request = Thread.currentThread().getName();
        Document page = Jsoup.parse(page(recording, spoken, "n=100", pool));
        List<String> about = statements(page.getElementById("about"));
        List<String> by = statements(page.getElementById("by"));
        assertFalse(about.isEmpty(), "statements about " + spoken);
        for (String statement : about) {
            assertTrue(readBy.containsKey(statement), statement);
            assertFalse(readBy.get(statement).contains(request) && !by.contains(statement),
                    "read by the request's thread: " + statement + " " + readBy.get(statement));
        }
        for (String statement : by) {
            assertTrue(readBy.get(statement).contains(request), "its own statements on the request's thread");
        }
    }

    @Test
    void eachListHoldsItsNamedQuerysStatementsInItsOrderWithTheirWordsMarked() {
        String spoken = mostSpokenAbout();
        Document page = Jsoup.parse(page(store.dataset().asDatasetGraph(), spoken, "n=100", pool));
        assertEquals(column("said-about", "about_iri", spoken), statements(page.getElementById("about")));
        assertEquals(column("who-said-what", "speaker_iri", spoken), statements(page.getElementById("by")));
        for (Element card : page.select("li.statement")) {
            assertEquals(1, card.select("blockquote mark.quote").size(), card.outerHtml());
        }
        assertTrue(page.select("li.statement .cue").size() > 0);
        assertTrue(page.select("li.statement .speaker-mention").size() > 0);
    }

    /** The page as the server makes it, with the pool for the reads beside (or null: every read in turn). */
    private static String page(DatasetGraph dataset, String entity, String query, ExecutorService aside) {
        HttpServletRequest request = request(query);
        return Txn.calculateRead(dataset, () -> {
            Reads reads = new Reads(dataset, new Vocabulary(), Duration.ofSeconds(60), aside);
            Facts facts = Facts.of(reads, NodeFactory.createURI(entity));
            return EntityPage.of(reads, SITE, facts, request).outerHtml();
        });
    }

    /** A GET's parameters ({@code n=3&by=2}), as much of a request as a page reads. */
    private static HttpServletRequest request(String query) {
        Map<String, String> parameters = new java.util.HashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return (HttpServletRequest) Proxy.newProxyInstance(EntityPageReadsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getParameterValues")) {
                        String value = parameters.get((String) args[0]);
                        return value == null ? null : new String[] {value};
                    }
                    if (method.getName().equals("getParameter")) {
                        return parameters.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Every speaker and every subject of a statement: the article's entities and their hubs. */
    private static List<String> speakersAndSubjects() {
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dataset, () -> {
            Set<String> found = new TreeSet<>();
            for (Node p : List.of(Schema.creator.asNode(), Schema.about.asNode())) {
                dataset.findNG(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI()) {
                        found.add(q.getObject().getURI());
                    }
                });
            }
            dataset.find(NodeFactory.createURI(newsgraph.identity.IdentityGraph.NAME), Node.ANY,
                    org.apache.jena.vocabulary.OWL.sameAs.asNode(), Node.ANY)
                    .forEachRemaining(q -> found.add(q.getObject().getURI()));
            return new ArrayList<>(found);
        });
    }

    /** The hub of the entity most spoken about (in every copy of its article). */
    private static String mostSpokenAbout() {
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dataset, () -> {
            Map<String, Integer> counts = new java.util.HashMap<>();
            dataset.findNG(Node.ANY, Node.ANY, Schema.about.asNode(), Node.ANY)
                    .forEachRemaining(q -> counts.merge(q.getObject().getURI(), 1, Integer::sum));
            String entity = counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            java.util.Iterator<Quad> hub = dataset.find(NodeFactory.createURI(newsgraph.identity.IdentityGraph.NAME),
                    NodeFactory.createURI(entity), org.apache.jena.vocabulary.OWL.sameAs.asNode(), Node.ANY);
            return hub.hasNext() ? hub.next().getObject().getURI() : entity;
        });
    }

    /** The statements of a list on the page, by their permalinks, in order. */
    private static List<String> statements(Element section) {
        List<String> iris = new ArrayList<>();
        for (Element link : section.select("li.statement a.permalink")) {
            iris.add(SITE.iri(link.attr("href").substring("/page/".length())));
        }
        return iris;
    }

    /** The statement column of a named query's first page of 100 for the entity. */
    private static List<String> column(String query, String parameter, String entity) {
        DatasetGraph dataset = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dataset, () -> {
            Reads reads = new Reads(dataset, new Vocabulary(), Duration.ofSeconds(60));
            PagedQuery.Answer answer = reads.page(NamedQuery.find(query).bind(Map.of(parameter, entity),
                    Page.of(100, 0)), 0);
            List<String> iris = new ArrayList<>();
            answer.rows().forEachRemaining(row -> {
                Node s = row.get(Var.alloc("statement"));
                if (!iris.contains(s.getURI())) {
                    iris.add(s.getURI());
                }
            });
            return iris;
        });
    }
}
