package io.osprey.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a Sigma condition: {@code and}, {@code or}, {@code not} (binding tightest, then and, then or),
 * parentheses, selection names, and {@code 1 of}/{@code all of} a name pattern with {@code *} or
 * {@code them} (every selection whose name does not start with an underscore).
 */
final class ConditionParser {
    private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[^\\s()]+)");

    private final List<String> tokens;
    private final Set<String> selections;
    private int position;

    private ConditionParser(List<String> tokens, Set<String> selections) {
        this.tokens = tokens;
        this.selections = selections;
    }

    /** @throws IllegalArgumentException with the message for the rule author */
    static Condition parse(String condition, Set<String> selections) {
        List<String> tokens = tokenize(condition);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("it is empty");
        }
        ConditionParser parser = new ConditionParser(tokens, selections);
        Condition parsed = parser.or();
        if (parser.position < tokens.size()) {
            throw new IllegalArgumentException("unexpected '" + tokens.get(parser.position) + "'");
        }
        return parsed;
    }

    private static List<String> tokenize(String condition) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(condition);
        while (matcher.find()) {
            tokens.add(matcher.group(1));
        }
        return tokens;
    }

    private Condition or() {
        List<Condition> operands = new ArrayList<>();
        operands.add(and());
        while (acceptKeyword("or")) {
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.Or(operands);
    }

    private Condition and() {
        List<Condition> operands = new ArrayList<>();
        operands.add(not());
        while (acceptKeyword("and")) {
            operands.add(not());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.And(operands);
    }

    private Condition not() {
        if (acceptKeyword("not")) {
            return new Condition.Not(not());
        }
        return primary();
    }

    private Condition primary() {
        String token = next("a selection, '(', '1 of', 'all of' or 'not'");
        if (token.equals("(")) {
            Condition inner = or();
            String closing = next("')'");
            if (!closing.equals(")")) {
                throw new IllegalArgumentException("expected ')' but found '" + closing + "'");
            }
            return inner;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.equals("1") || lower.equals("all")) {
            return quantified(lower.equals("all"));
        }
        if (lower.matches("\\d+") || lower.equals("any")) {
            throw new IllegalArgumentException("unsupported quantifier '" + token + "' (use '1 of' or 'all of')");
        }
        if (isKeyword(lower) || token.equals(")")) {
            throw new IllegalArgumentException("unexpected '" + token + "'");
        }
        if (!selections.contains(token)) {
            throw new IllegalArgumentException("unknown selection '" + token + "'");
        }
        return new Condition.Selection(token);
    }

    private Condition quantified(boolean all) {
        if (!acceptKeyword("of")) {
            throw new IllegalArgumentException("expected 'of' after '" + (all ? "all" : "1") + "'");
        }
        String target = next("a selection pattern or 'them'");
        List<String> names;
        if (target.equalsIgnoreCase("them")) {
            names = selections.stream().filter(name -> !name.startsWith("_")).sorted().toList();
        } else {
            Pattern pattern = SigmaWildcards.toPattern(target, false, false);
            names = selections.stream().filter(name -> pattern.matcher(name).matches()).sorted().toList();
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("'" + (all ? "all" : "1") + " of " + target
                    + "' matches no selection");
        }
        return new Condition.OfSelections(all, names);
    }

    private boolean acceptKeyword(String keyword) {
        if (position < tokens.size() && tokens.get(position).equalsIgnoreCase(keyword)) {
            position++;
            return true;
        }
        return false;
    }

    private String next(String expected) {
        if (position >= tokens.size()) {
            throw new IllegalArgumentException("it ends where " + expected + " was expected");
        }
        return tokens.get(position++);
    }

    private static boolean isKeyword(String lower) {
        return lower.equals("and") || lower.equals("or") || lower.equals("not") || lower.equals("of")
                || lower.equals("them");
    }
}
