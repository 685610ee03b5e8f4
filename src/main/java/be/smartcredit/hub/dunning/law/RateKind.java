package be.smartcredit.hub.dunning.law;

/** The two statutory interest rates a late debt can bear, each with the law that sets it. */
public enum RateKind {

    /** The late-payment rate in commercial transactions, set per half year. */
    COMMERCIAL("Law of 2 August 2002 on late payment in commercial transactions, art. 5"),

    /** The legal interest rate in civil matters, set per calendar year. */
    LEGAL("Law of 5 May 1865 on interest-bearing loans, art. 2 (legal interest rate)");

    private final String legalBasis;

    RateKind(String legalBasis) {
        this.legalBasis = legalBasis;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
