package newsgraph.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementLateral;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A bound query cut to one page of its answer. Where the page goes depends on the query:
 * <ul>
 * <li>a query marked with a {@code # page} comment pages in its <em>page sub-query</em>, the sub-query of the top
 *     level of its WHERE clause that has a LIMIT: the per-person queries pick a page of statements there and only
 *     then read those statements in full, so a LIMIT or OFFSET on the outer query would cut the page, not move it.
 *     Its rows can be counted cheaply (the page sub-query touches indexes only), up to a cap;</li>
 * <li>any other query pages at its top level, and asks for one row more than the page, which tells whether more
 *     follow without counting (counting an aggregate would cost as much as running it).</li>
 * </ul>
 * Limits and offsets are set on the parsed query, like the parameters, never pasted into its text.
 */
public final class PagedQuery {

    private final Query query;
    private final Query page;
    private final long limit;
    private final long offset;

    private PagedQuery(Query query, Query page, long limit, long offset) {
        this.query = query;
        this.page = page;
        this.limit = limit;
        this.offset = offset;
    }

    /**
     * @param marked whether the query's text marks a page sub-query ({@code # page})
     * @throws IllegalArgumentException when the query is marked but has no sub-query with a LIMIT at its top level
     */
    static PagedQuery of(String name, Query bound, boolean marked, Page asked) {
        if (marked) {
            Query inner = pageSubQuery(bound);
            if (inner == null) {
                throw new IllegalArgumentException("query " + name + " is marked '# page' but has no sub-query with a"
                        + " LIMIT");
            }
            if (!asked.hasOwnLimit()) {
                inner.setLimit(asked.limit());
            }
            if (asked.offset() > 0) {
                inner.setOffset(asked.offset());
            }
            // the articles that hold the page, read first: as many as its rows can come from
            long holding = inner.getLimit() == Query.NOLIMIT ? Query.NOLIMIT
                    : inner.getLimit() + (inner.hasOffset() ? inner.getOffset() : 0);
            limitedStages(inner.getQueryPattern()).forEach(stage -> stage.setLimit(holding));
            return new PagedQuery(bound, inner, inner.getLimit(), asked.offset());
        }
        long limit = asked.hasOwnLimit() ? (bound.hasLimit() ? bound.getLimit() : Page.OWN_LIMIT) : asked.limit();
        long offset = asked.offset() + (bound.hasOffset() ? bound.getOffset() : 0);
        if (offset > 0) {
            bound.setOffset(offset);
        }
        if (limit != Page.OWN_LIMIT && !bound.isAskType()) {
            bound.setLimit(limit + 1); // one more: whether more follow
        }
        return new PagedQuery(bound, null, limit, asked.offset());
    }

    /**
     * The page sub-query: the outermost sub-query with a LIMIT, looking through groups and sub-queries (the page of
     * {@code entities-named} sits inside the aggregate that counts its entities' articles), or null.
     */
    private static Query pageSubQuery(Query query) {
        Deque<Element> level = new ArrayDeque<>();
        level.add(query.getQueryPattern());
        while (!level.isEmpty()) {
            Element element = level.poll();
            if (element instanceof ElementSubQuery sub) {
                if (sub.getQuery().hasLimit()) {
                    return sub.getQuery();
                }
                level.add(sub.getQuery().getQueryPattern());
            } else if (element instanceof ElementGroup group) {
                level.addAll(group.getElements());
            }
        }
        return null;
    }

    /**
     * The variable of a stage's articles: ?articleKey in the statistics' stages, which keep the article a string until the
     * page's articles are chosen, else ?article; null for a stage of no articles.
     */
    private static Var articleOf(Query stage) {
        for (String name : List.of("articleKey", "article")) {
            if (stage.getProjectVars().contains(Var.alloc(name))) {
                return Var.alloc(name);
            }
        }
        return null;
    }

    /** The variable that a ranking window projects, alone: the rank keys of the first rows. */
    static final String RANK = "rank";

    /**
     * For an overview that reads a ranking kept with its counts ({@code newsgraph.stats.Ranking}; its text is marked
     * {@code # ranking window}): each ranking window — a sub-query that projects {@code ?rank} alone, without DISTINCT
     * or ORDER BY — reads no further than the page's end (its LIMIT is the offset plus the page plus the one row that
     * tells whether more follow). As written, without a page, the windows read the whole ranking: every row.
     */
    PagedQuery ranked(boolean marked) {
        if (marked && page == null && limit != Page.OWN_LIMIT) {
            for (Query window : rankingWindows(query)) {
                window.setLimit(offset + limit + 1);
            }
            for (Query rows : rankingPages(query)) {
                rows.setLimit(offset + limit + 1);
            }
        } else if (marked) {
            // the whole list: every row goes on, and the query's own ORDER BY sorts them; sorting them here first too
            // doubled the time of most-quoted's whole list at 100,000 articles (3.3 → 6.1 s)
            for (Query rows : rankingPages(query)) {
                rows.getOrderBy().clear();
            }
        }
        return this;
    }

    /**
     * The ranking pages of a query, at any depth: sub-queries that order the rows of a ranking window by its key first
     * ({@code ORDER BY ?rank …}), so that the rows up to the page's end are all that later stages read (the key never
     * goes against the query's order: the first rows by key are the query's first rows).
     */
    static List<Query> rankingPages(Query query) {
        return subQueries(query.getQueryPattern(), inner -> inner.getProjectVars().contains(Var.alloc(RANK))
                && inner.getOrderBy() != null && !inner.getOrderBy().isEmpty()
                && Var.alloc(RANK).equals(inner.getOrderBy().get(0).getExpression().asVar())
                && inner.getOrderBy().get(0).getDirection() != Query.ORDER_DESCENDING, false);
    }

    /** The ranking windows of a query, at any depth. */
    static List<Query> rankingWindows(Query query) {
        return subQueries(query.getQueryPattern(), inner -> inner.getProjectVars().equals(List.of(Var.alloc(RANK)))
                && !inner.isDistinct() && inner.getOrderBy() == null, false);
    }

    /**
     * The article stages of a page sub-query: its sub-queries with a LIMIT (inside groups, unions and sub-queries), which
     * pick the newest articles that can hold the page before its statements are read. Each article holds one row of
     * the page at least, so offset + limit articles hold the page: their LIMIT follows the page's.
     */
    static List<Query> articleStages(Element pattern) {
        return subQueries(pattern, Query::hasLimit, false);
    }

    /**
     * The article stages and the stages inside them: every sub-query with a LIMIT. A stage that picks the newest
     * articles of several people takes the newest of each inside it first (the per-person queries' LATERAL top-N of
     * each one's keys); offset + limit of each one's hold the page too.
     */
    static List<Query> limitedStages(Element pattern) {
        return subQueries(pattern, Query::hasLimit, true);
    }

    /**
     * The outermost sub-queries that are {@code wanted}, found through groups, unions, optionals, LATERALs and the
     * sub-queries that are not; with {@code inside}, the wanted ones inside those too.
     */
    private static List<Query> subQueries(Element pattern, Predicate<Query> wanted, boolean inside) {
        List<Query> found = new ArrayList<>();
        Deque<Element> level = new ArrayDeque<>();
        level.add(pattern);
        while (!level.isEmpty()) {
            Element element = level.poll();
            if (element instanceof ElementSubQuery sub) {
                boolean isWanted = wanted.test(sub.getQuery());
                if (isWanted) {
                    found.add(sub.getQuery());
                }
                if (!isWanted || inside) {
                    level.add(sub.getQuery().getQueryPattern());
                }
            } else if (element instanceof ElementGroup group) {
                level.addAll(group.getElements());
            } else if (element instanceof ElementUnion union) {
                level.addAll(union.getElements());
            } else if (element instanceof ElementOptional optional) {
                level.add(optional.getOptionalElement());
            } else if (element instanceof ElementLateral lateral) {
                level.add(lateral.getLateralElement());
            }
        }
        return found;
    }

    /** The query to run. */
    public Query query() {
        return query;
    }

    /** Whether the page is a sub-query's (the per-person queries), whose rows {@link #counting} counts. */
    public boolean pagesInside() {
        return page != null;
    }

    /** The page size, or {@link Page#OWN_LIMIT} when the answer is not cut into pages. */
    public long limit() {
        return limit;
    }

    public long offset() {
        return offset;
    }

    /**
     * A query that counts the rows of the page sub-query, without ordering them, up to {@code cap + 1} (so a count
     * above {@code cap} means "more than cap"); null for a query that pages at its top level.
     */
    public Query counting(long cap) {
        if (page == null) {
            return null;
        }
        Query rows = withoutOrder(page);
        rows.setQueryPattern(withoutOrdering(withArticlesToCount(page.getQueryPattern(), cap + 1)));
        rows.setOffset(Query.NOLIMIT);
        rows.setLimit(cap + 1);
        Query count = new Query();
        count.setQuerySelectType();
        count.setPrefixMapping(query.getPrefixMapping());
        Expr counted = count.allocAggregate(new AggCount());
        count.addResultVar("rows", counted);
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementSubQuery(rows));
        count.setQueryPattern(where);
        return count;
    }

    /**
     * A query that counts the articles of the page's article stages, without ordering or grouping them, up to
     * {@code cap + 1} each; null for a query that pages at its top level. Each article holds one row of the page at least
     * (see {@link #articleStages}), so more than {@code cap} articles mean more than {@code cap} rows, which this tells
     * without reading any statement: an article stage groups its articles' entities, which waits for every article of the
     * person, where the distinct articles alone stream and stop at the cap. Null too for a page without article stages.
     */
    public Query countingArticles(long cap) {
        List<Query> pageStages = page == null ? List.of() : articleStages(page.getQueryPattern());
        if (pageStages.isEmpty()) {
            return null;
        }
        ElementUnion stages = new ElementUnion();
        for (Query stage : pageStages) {
            Var article = articleOf(stage);
            if (article == null) {
                continue; // a stage of no articles (who-speaks-about's top speakers of each entity): the rows count
            }
            Query articles = new Query();
            articles.setQuerySelectType();
            articles.setDistinct(true);
            articles.addResultVar(article);
            // the stages inside it (each person's newest keys) keep as many as the count's cap too
            articles.setQueryPattern(withArticlesToCount(stage.getQueryPattern(), cap + 1));
            articles.setLimit(cap + 1);
            ElementGroup one = new ElementGroup();
            one.addElement(new ElementSubQuery(articles));
            stages.addElement(one);
        }
        if (stages.getElements().isEmpty()) {
            return null;
        }
        Query count = new Query();
        count.setQuerySelectType();
        count.setPrefixMapping(query.getPrefixMapping());
        Expr counted = count.allocAggregate(new AggCount());
        count.addResultVar("articles", counted);
        ElementGroup where = new ElementGroup();
        where.addElement(stages.getElements().size() == 1 ? stages.getElements().get(0) : stages);
        count.setQueryPattern(where);
        return count;
    }

    /**
     * The page's pattern with its article stages ({@link #articleStages}) unordered and keeping {@code articles} of
     * them: any that many articles hold more rows than the count's cap when there are more, and all of them when
     * there are not (each article holds one row at least), so the count up to the cap is exact without sorting or
     * reading every article's rows. Copies what it changes; the page itself stays as it is.
     */
    private static Element withArticlesToCount(Element pattern, long articles) {
        if (pattern instanceof ElementSubQuery sub) {
            Query stage = sub.getQuery();
            if (stage.hasLimit()) {
                Query counted = withoutOrder(stage);
                counted.setLimit(articles);
                counted.setOffset(Query.NOLIMIT);
                // and the stages inside it, each person's newest keys: any that many of each
                counted.setQueryPattern(withArticlesToCount(stage.getQueryPattern(), articles));
                return new ElementSubQuery(counted);
            }
            Query copy = QueryTransformOps.shallowCopy(stage);
            // a shallow copy leaves out the aggregates (what-a-said-about-b's lists of the entities of the articles that
            // its stage inside picks)
            if (copy.getAggregators().isEmpty()) {
                copy.getAggregators().addAll(stage.getAggregators());
            }
            copy.setQueryPattern(withArticlesToCount(stage.getQueryPattern(), articles));
            return new ElementSubQuery(copy);
        }
        if (pattern instanceof ElementGroup group) {
            ElementGroup copy = new ElementGroup();
            group.getElements().forEach(e -> copy.addElement(withArticlesToCount(e, articles)));
            return copy;
        }
        if (pattern instanceof ElementUnion union) {
            ElementUnion copy = new ElementUnion();
            union.getElements().forEach(e -> copy.addElement(withArticlesToCount(e, articles)));
            return copy;
        }
        if (pattern instanceof ElementLateral lateral) {
            return new ElementLateral(withArticlesToCount(lateral.getLateralElement(), articles));
        }
        return pattern;
    }

    /** A copy of a query without its ORDER BY (an empty one would still sort every row); the query keeps its own. */
    private static Query withoutOrder(Query query) {
        List<SortCondition> order = query.getOrderBy() == null ? null : new ArrayList<>(query.getOrderBy());
        if (order != null) {
            query.getOrderBy().clear();
        }
        Query copy;
        try {
            copy = QueryTransformOps.shallowCopy(query);
        } finally {
            if (order != null) {
                order.forEach(query::addOrderBy);
            }
        }
        // a shallow copy leaves out the aggregates (the article stage's list of the entities in each article)
        if (copy.getAggregators().isEmpty()) {
            copy.getAggregators().addAll(query.getAggregators());
        }
        return copy;
    }

    /**
     * The page's pattern without what only orders it: its OPTIONAL parts and BINDs that no FILTER of the group reads,
     * directly or through a BIND (the position of the words), which cost a lookup or a computation per row and never
     * remove one. An OPTIONAL a FILTER reads through stays (the article's date, when the page is filtered by date):
     * without it the filter would see no date and keep no row. (An OPTIONAL could add rows, where an article has two
     * dates; the count is then one short.)
     */
    private static Element withoutOrdering(Element pattern) {
        if (!(pattern instanceof ElementGroup group)) {
            return pattern;
        }
        Set<Var> read = new HashSet<>();
        Set<Var> mandatory = new HashSet<>();
        for (Element e : group.getElements()) {
            if (e instanceof ElementFilter filter) {
                read.addAll(filter.getExpr().getVarsMentioned());
            } else if (!(e instanceof ElementOptional) && !(e instanceof ElementBind)) {
                mandatory.addAll(PatternVars.vars(e));
            }
        }
        // what the read BINDs read in turn (the filtered day is the string of the optional date)
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Element e : group.getElements()) {
                if (e instanceof ElementBind bind && read.contains(bind.getVar())) {
                    grew |= read.addAll(bind.getExpr().getVarsMentioned());
                }
            }
        }
        ElementGroup counted = new ElementGroup();
        for (Element e : group.getElements()) {
            if (e instanceof ElementBind bind && !read.contains(bind.getVar())
                    || e instanceof ElementOptional optional && !givesAny(optional, read, mandatory)) {
                continue;
            }
            counted.addElement(e);
        }
        return counted;
    }

    /** Whether an OPTIONAL binds a variable that is read and that nothing mandatory binds already. */
    private static boolean givesAny(ElementOptional optional, Set<Var> read, Set<Var> mandatory) {
        for (Var v : PatternVars.vars(optional.getOptionalElement())) {
            if (read.contains(v) && !mandatory.contains(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the page and says what it is. {@code select} runs a SELECT query and returns all its rows (on a
     * database or an endpoint); with a positive {@code countCap}, a page sub-query's rows are counted up to it.
     */
    public Answer run(Function<Query, RowSetRewindable> select, long cap) {
        long countCap = cap;
        RowSetRewindable rows = select.apply(query);
        if (page == null) {
            List<Binding> kept = new ArrayList<>();
            boolean more = false;
            while (rows.hasNext()) {
                Binding row = rows.next();
                if (limit != Page.OWN_LIMIT && kept.size() == limit) {
                    more = true;
                    break;
                }
                kept.add(row);
            }
            RowSet page = RowSetStream.create(rows.getResultVars(), kept.iterator());
            return new Answer(RowSetMem.create(page), new PageNote(offset, kept.size(), limit, -1, false, more));
        }
        long shown = rows.size();
        long total = -1;
        boolean atLeast = false;
        boolean more = shown > 0 && shown >= limit; // a full page: there may be more; counting tells
        if (countCap > 0) {
            countCap = Math.max(countCap, offset + limit); // never too few to tell whether more follow
            // more articles than the cap hold more rows than it: counted without reading a statement
            Query articles = countingArticles(countCap);
            long n = articles == null ? 0 : number(select.apply(articles), "articles");
            if (n <= countCap) {
                n = number(select.apply(counting(countCap)), "rows");
            }
            more = n > offset + limit;
            if (n <= countCap) {
                total = n;
            } else if (countCap > offset + limit) {
                total = countCap; // "of more than 10,000"; a cap at the page's end only says that more follow
                atLeast = true;
            }
        }
        rows.reset();
        return new Answer(rows, new PageNote(offset, shown, limit, total, atLeast, more));
    }

    private static long number(RowSetRewindable counted, String var) {
        return counted.hasNext() ? ((Number) counted.next().get(var).getLiteralValue()).longValue() : 0;
    }

    /** A page of rows and what it is. */
    public record Answer(RowSetRewindable rows, PageNote note) {
    }
}
