package newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsgraph.names.EntityType;
import newsgraph.text.Span;
import org.apache.jena.irix.IRIs;
import org.junit.jupiter.api.Test;

class IrisTest {

    @Test
    void slugIsLowerCaseAsciiWords() {
        assertEquals("michael-fallon", Iris.slug("Michael Fallon"));
        assertEquals("huffpost-uk", Iris.slug("  HuffPost UK "));
        assertEquals("conservative-campaigns-hq", Iris.slug("Conservative Campaigns HQ"));
        assertEquals("k-c-maurer", Iris.slug("K.C. Maurer"));
    }

    @Test
    void diacriticsAreDropped() {
        assertEquals("sinn-fein", Iris.slug("Sinn Féin"));
        assertEquals("sinn-fein", Iris.slug("Sinn Fe\u0301in"), "decomposed é is the same name");
        assertEquals("francois-hollande", Iris.slug("François Hollande"));
        assertEquals("lodz", Iris.slug("Łódź"));
        assertEquals("soren-kierkegaard", Iris.slug("Søren Kierkegaard"));
        assertEquals("strasse", Iris.slug("Straße"));
    }

    @Test
    void apostrophesJoinTheWord() {
        assertEquals("obrien", Iris.slug("O'Brien"));
        assertEquals("obrien", Iris.slug("O’Brien"));
        assertEquals("macdonalds", Iris.slug("MacDonald’s"));
    }

    @Test
    void otherScriptsStayDistinct() {
        String putin = Iris.slug("Владимир Путин");
        String medvedev = Iris.slug("Дмитрий Медведев");
        assertNotEquals(putin, medvedev);
        assertEquals("u43f-u443-u442-u438-u43d", Iris.slug("Путин"));
        assertEquals(Iris.slug("Путин"), Iris.slug("ПУТИН"), "case is folded in every script");
        assertNotEquals(Iris.slug("习近平"), Iris.slug("李克强"));
        assertNotEquals(Iris.slug("Ali Хан"), Iris.slug("Ali Бек"), "the Latin part alone does not decide");
        assertTrue(Iris.slug("김정은").matches("[a-z0-9-]+"));
    }

    @Test
    void slugIsNeverEmpty() {
        assertTrue(Iris.slug("!!!").matches("x[0-9a-f]{8}"));
        assertNotEquals(Iris.slug("!!!"), Iris.slug("???"));
        assertTrue(Iris.slug("").matches("x[0-9a-f]{8}"));
    }

    @Test
    void longNamesAreCutButStayDistinct() {
        String base = "The Very Long Name Of An Organisation That Goes On ".repeat(4);
        String a = Iris.slug(base + "In London");
        String b = Iris.slug(base + "In Paris");
        assertTrue(a.length() <= Iris.MAX_SLUG, a);
        assertTrue(b.length() <= Iris.MAX_SLUG, b);
        assertNotEquals(a, b);
        assertEquals(a, Iris.slug(base + "In London"), "the same name gives the same slug");
        String exact = "a".repeat(Iris.MAX_SLUG);
        assertEquals(exact, Iris.slug(exact), "a slug at the cap is kept whole");
    }

    @Test
    void entityIrisComeFromTypeAndCanonicalName() {
        assertEquals("https://w3id.org/newsgraph/id/person/michael-fallon", Iris.entity(EntityType.PERSON, "Michael Fallon"));
        assertEquals("https://w3id.org/newsgraph/id/organization/labour", Iris.entity(EntityType.ORGANIZATION, "Labour"));
        assertNotEquals(Iris.entity(EntityType.PERSON, "Georgia"), Iris.entity(EntityType.PLACE, "Georgia"));
        assertEquals("https://w3id.org/newsgraph/id/article/a1/person/labour-spokesman",
                Iris.localEntity("a1", EntityType.PERSON, "Labour spokesman"));
    }

    @Test
    void articleStatementAndSpanIris() {
        assertEquals("https://w3id.org/newsgraph/id/article/000_97174071596f6616", Iris.article("000_97174071596f6616"));
        assertEquals("https://w3id.org/newsgraph/id/article/a1#char=10,20", Iris.span("a1", new Span(10, 20)));
        assertEquals("https://w3id.org/newsgraph/id/article/a1/statement/10-20", Iris.statement("a1", new Span(10, 20)));
        assertEquals("https://w3id.org/newsgraph/id/role/president--russia",
                Iris.role("President", Iris.entity(EntityType.PLACE, "Russia")));
        assertEquals("https://w3id.org/newsgraph/id/role/defence-secretary", Iris.role("Defence Secretary", null));
    }

    @Test
    void everyIriIsValid() {
        List<String> iris = List.of(Iris.article("GUM_news_afghan"), Iris.span("x.y-z", 0, 4),
                Iris.entity(EntityType.PERSON, "Владимир Путин"), Iris.entity(EntityType.PLACE, "!!!"),
                Iris.extraction("a"), Iris.role("Ministre d’État", null), Iris.SOFTWARE);
        for (String iri : iris) {
            assertTrue(IRIs.check(iri), iri);
            assertTrue(iri.startsWith("https://w3id.org/newsgraph/"), iri);
        }
    }
    /** The slug as it was made with regular expressions before (NFKD, marks dropped, apostrophes dropped, dashes). */
    private static String slugByRegex(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("['’ʼ]", "");
        StringBuilder sb = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                sb.appendCodePoint(cp);
            } else if (Character.isLetterOrDigit(cp) && !Iris.slug(new String(Character.toChars(cp))).startsWith("u")) {
                sb.append(Iris.slug(new String(Character.toChars(cp)))); // a Latin letter without decomposition: "ł", "ø"
            } else if (Character.isLetterOrDigit(cp)) {
                sb.append("-u").append(Integer.toHexString(cp)).append('-');
            } else {
                sb.append('-');
            }
        });
        return sb.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }

    @Test
    void slugWithoutRegularExpressionsIsTheSlugOfBefore() {
        for (String name : List.of("Michael Fallon", "  HuffPost UK ", "K.C. Maurer", "O'Brien", "O’Brien", "Ngũgĩ waʼ Thiongʼo",
                "--Sinn  Féin--", "Sinn Fe\u0301in", "Łódź", "Søren Kierkegaard", "Straße", "Путин", "Al-Harbi", "a - - b",
                "-", "---x---", "Mr. & Mrs. Smith", "ｆｕｌｌ ｗｉｄｔｈ", "ǅemal", "𝐀lpha 𝟙")) {
            String expected = slugByRegex(name);
            if (!expected.isEmpty()) {
                assertEquals(expected, Iris.slug(name), "[" + name + "]");
            }
        }
    }
}
