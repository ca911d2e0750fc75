package org.eqms.sandbox;

/** The sandbox's own plain pages (login, start page): an Atlassian-looking frame around escaped content. */
public final class SandboxPage {
    private SandboxPage() {
    }

    /** A whole page; {@code user} is the signed-in user's full name (a logout button is shown) or null. */
    public static String render(String title, String bodyHtml, String user) {
        String header = user == null ? "" : "<form method=\"post\" action=\"/logout\" class=\"sbx-user\">"
                + escape(user) + " <button class=\"aui-button\" id=\"logout\" type=\"submit\">Log out</button></form>";
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + " - eQMS sandbox</title><style>"
                + "body{margin:0;font:14px/1.43 -apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#172b4d;background:#f4f5f7}"
                + "header{background:#0747a6;color:#fff;padding:10px 20px;display:flex;justify-content:space-between;align-items:center}"
                + "header a{color:#fff;font-weight:600;text-decoration:none}main{max-width:720px;margin:24px auto;background:#fff;"
                + "padding:24px;border-radius:3px;box-shadow:0 1px 1px rgba(9,30,66,.25)}"
                + ".field-group{margin:12px 0}label{display:block;font-weight:600;margin-bottom:4px}"
                + "input.text{width:100%;max-width:300px;padding:6px;border:2px solid #dfe1e6;border-radius:3px}"
                + ".aui-button{padding:6px 12px;border:0;border-radius:3px;background:#f4f5f7;cursor:pointer}"
                + ".aui-button-primary{background:#0052cc;color:#fff}"
                + ".aui-message-error{background:#ffebe6;border-left:4px solid #de350b;padding:8px 12px}"
                + "</style></head><body><header><a href=\"/\">eQMS sandbox</a>" + header + "</header><main><h1>"
                + escape(title) + "</h1>" + bodyHtml + "</main></body></html>";
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
