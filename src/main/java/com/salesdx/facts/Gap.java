package com.salesdx.facts;

/**
 * A perception gap: in one engagement, leaders and sellers answered the same question differently.
 * Built by the engagement diagnosis from each side's combined answer; rules decide which gaps are
 * findings, e.g. {@code Gap(question == "leadership.weekly_pipeline_review", leadersHealthier)}.
 * {@code spread} is how far apart the sides are in the question's own unit (1 for yes/no or choice).
 */
public final class Gap extends Answer {
    private final boolean leadersHealthier;
    private final boolean sellersHealthier;
    private final double spread;
    private final String leaders;
    private final String sellers;

    public Gap(String question, boolean leadersHealthier, boolean sellersHealthier, double spread, String leaders,
            String sellers) {
        super(question, question);
        this.leadersHealthier = leadersHealthier;
        this.sellersHealthier = sellersHealthier;
        this.spread = spread;
        this.leaders = leaders;
        this.sellers = sellers;
    }

    /** Leaders' answer is the healthier one: they describe a practice sellers do not see. */
    public boolean isLeadersHealthier() {
        return leadersHealthier;
    }

    public boolean isSellersHealthier() {
        return sellersHealthier;
    }

    public double getSpread() {
        return spread;
    }

    /** Leaders' combined answer as a person reads it. */
    public String getLeaders() {
        return leaders;
    }

    public String getSellers() {
        return sellers;
    }

    @Override
    public String display() {
        return "leaders: " + leaders + "; sellers: " + sellers;
    }
}
