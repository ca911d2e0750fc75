package org.eqms.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;

import java.util.Map;
import java.util.Objects;

/** Confluence macro showing the number, revision, state and effective date of a controlled document; thin: the work is {@link DocumentStatusMacroCore}'s. */
public class DocumentStatusMacro implements Macro {
    private final DocumentStatusMacroCore core;
    private final MacroHost host;

    public DocumentStatusMacro(DocumentStatusMacroCore core, MacroHost host) {
        this.core = Objects.requireNonNull(core, "core");
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            return core.render(parameters, host.currentPageId(context), host.viewerKey());
        } catch (MacroRefusal refusal) {
            throw new MacroExecutionException(refusal.getMessage(), refusal);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
