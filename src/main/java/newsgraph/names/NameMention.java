package newsgraph.names;

import newsgraph.text.Span;

/**
 * A name found in the text.
 *
 * @param sentence index of the sentence it stands in
 * @param start    first token of the name proper (titles and roles excluded)
 * @param end      token after the name
 * @param span     characters of the name proper ("Ruth Ashby")
 * @param text     its text
 * @param type     person, organisation or place
 * @param rule     the naming rule that decided the type, for tracing
 * @param full     characters including the titles and roles written before it ("Health Secretary Dame Ruth Ashby")
 * @param role     a role written before the name ("Health Secretary", "President"), or null
 * @param roleOf   the country or organisation that role belongs to, as written before it ("Russian" → "Russia"), or null
 * @param gender   'm', 'f' or '?' from titles and first names
 */
public record NameMention(int sentence, int start, int end, Span span, String text, EntityType type, String rule,
                          Span full, String role, String roleOf, char gender) {

    public NameMention withType(EntityType newType, String newRule) {
        return new NameMention(sentence, start, end, span, text, newType, newRule, full, role, roleOf, gender);
    }

    public int tokenCount() {
        return end - start;
    }
}
