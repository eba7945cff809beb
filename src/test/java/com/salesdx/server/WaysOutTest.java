package com.salesdx.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaysOutTest {
    private static List<String> hrefs(String path, int status) {
        return WaysOut.of(path, status).stream().map(WaysOut.Link::href).toList();
    }

    @Test
    void aRefusedEngagementFormLeadsBackToItsEngagement() {
        assertEquals(List.of("/engagements/AbC-12", "/engagements", "/", "/ceo"), hrefs("/engagements/AbC-12/respondents", 400));
    }

    @Test
    void aRespondentOnAPrivateLinkIsOnlySentBackToTheirInterview() {
        assertEquals(List.of("/r/tok_EN-1"), hrefs("/r/tok_EN-1/finish", 409));
        assertEquals(List.of(), hrefs("/r/tok_EN-1/nothing", 404));
    }

    @Test
    void aMissingPageOffersNoWayBackToItself() {
        assertEquals(List.of("/engagements", "/", "/ceo"), hrefs("/engagements/nope", 404));
        assertEquals(List.of("/", "/ceo"), hrefs("/somewhere", 404));
        assertEquals(List.of("/interviews/x1", "/", "/ceo"), hrefs("/interviews/x1/answers", 400));
    }
}
