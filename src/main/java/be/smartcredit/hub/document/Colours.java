package be.smartcredit.hub.document;

/**
 * The ink of a letter: in colour, headings and rules take an accent colour; in black and white everything is
 * black or grey, for clients whose print runs are black only.
 *
 * @param accent the accent colour as {@code #RRGGBB}; black for black and white
 */
public record Colours(String accent) {

    public static final Colours BLACK_AND_WHITE = new Colours("#000000");

    /** The hub's own accent, a dark blue that prints well on plain paper. */
    public static final Colours DEFAULT = new Colours("#1B5E8C");

    public Colours {
        if (accent == null || !accent.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("an accent colour is written #RRGGBB, got '" + accent + "'");
        }
        accent = accent.toUpperCase(java.util.Locale.ROOT);
    }

    /** Black and white, or the given accent colour. */
    public static Colours of(boolean inColour, String accent) {
        return inColour ? new Colours(accent) : BLACK_AND_WHITE;
    }

    public boolean blackAndWhite() {
        return accent.equals(BLACK_AND_WHITE.accent);
    }
}
