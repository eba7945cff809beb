package com.salesdx.server;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links an error page offers: back to the engagement, interview or page the refused form belongs
 * to, rather than only the home page. A respondent on a private link is never sent into the tool itself.
 */
final class WaysOut {
    record Link(String href, String text) {
    }

    private static final Pattern RESPONDENT = Pattern.compile("^/r/([A-Za-z0-9_-]+)");
    private static final Pattern ENGAGEMENT = Pattern.compile("^/engagements/([A-Za-z0-9_-]+)");
    private static final Pattern INTERVIEW = Pattern.compile("^/interviews/([A-Za-z0-9_-]+)");

    private WaysOut() {
    }

    static List<Link> of(String path, int status) {
        List<Link> links = new ArrayList<>();
        // A missing page has nothing to go back to; a refused form does.
        boolean back = status != 404;
        Matcher respondent = RESPONDENT.matcher(path);
        if (respondent.find()) {
            if (back) {
                links.add(new Link("/r/" + respondent.group(1), "Back to your interview"));
            }
            return links;
        }
        Matcher engagement = ENGAGEMENT.matcher(path);
        Matcher interview = INTERVIEW.matcher(path);
        if (back && engagement.find() && !engagement.group(1).equals("new")) {
            links.add(new Link("/engagements/" + engagement.group(1), "Back to the engagement"));
        } else if (back && interview.find()) {
            links.add(new Link("/interviews/" + interview.group(1), "Back to the interview"));
        }
        if (path.startsWith("/engagements") || path.startsWith("/account") || path.startsWith("/admin")) {
            links.add(new Link("/engagements", "Your engagements"));
        }
        links.add(new Link("/", "Home: what salesdx does and the two ways in"));
        links.add(new Link("/ceo", "The 5-minute executive diagnostic"));
        return links;
    }
}
