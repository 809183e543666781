"""Graph nodes: intake -> parse -> validate -> retrieve -> assess -> explain -> save -> reply."""
