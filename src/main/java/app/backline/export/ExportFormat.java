package app.backline.export;

/** PLACEHOLDER (drop at merge): the export branch owns this type. */
public enum ExportFormat { JSON, CSV }
