package io.corroborate.gateway.security;

import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Writes into the OpenAPI document the role each {@code /api/} operation needs ({@link Role#requiredFor}, which the
 * resources' {@code @RolesAllowed} enforce): an {@code x-corroborate-role} extension (reader or writer) and a
 * line at the end of the description. Registered as {@code mp.openapi.filter}.
 */
public class RolesInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/") || path.getValue().getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                String role = Role.requiredFor(op.getKey().name(), path.getKey()).name()
                        .toLowerCase(Locale.ROOT);
                Operation operation = op.getValue();
                operation.addExtension("x-corroborate-role", role);
                String line = "Role: " + role + (role.equals("reader") ? " (a writer key may call it too)." : ".");
                String description = operation.getDescription();
                operation.setDescription(description == null || description.isBlank() ? line
                        : description + "\n\n" + line);
            }
        }
    }
}
