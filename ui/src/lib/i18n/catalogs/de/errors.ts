import type en from "../en/errors";

// One sentence per error code; see en/errors.ts.
export default {
  invalid_config: "Die Einstellungen enthalten einen Fehler und wurden deshalb nicht übernommen.",
  data_dir: "Seed Studio kann seinen Datenordner nicht verwenden.",
  already_running: "Seed Studio arbeitet gerade in einem anderen Fenster oder Befehl mit diesen Daten. Versuchen Sie es erneut, wenn das abgeschlossen ist.",
  keyring_unavailable: "Der Schlüsselbund des Systems ist nicht erreichbar.",
  no_vault: "Es gibt noch keinen Tresor. Richten Sie zuerst einen in der Galerie ein.",
  locked: "Der Tresor ist gesperrt. Entsperren Sie ihn mit seiner Passphrase.",
  app_locked: "Seed Studio ist gesperrt.",
  integrity_error: "Gespeicherte Daten haben die Integritätsprüfung nicht bestanden und wurden nicht verwendet.",
  invalid_input: "Das lässt sich so nicht verwenden.",
  consent_required: "Sie haben das Senden an diesen Anbieter noch nicht erlaubt.",
  offline: "Der Offlinemodus ist aktiv, deshalb wurde nichts gesendet.",
  missing_api_key: "Für diesen Anbieter gibt es noch keinen API-Schlüssel. Fügen Sie einen in den Einstellungen hinzu.",
  provider_error: "Der Anbieter konnte das nicht ausführen.",
  cancelled: "Abgebrochen.",
  no_face: "Auf dem Foto wurde kein Gesicht gefunden.",
  face_too_small: "Das Gesicht ist auf diesem Foto zu klein: Fotografieren Sie näher oder schneiden Sie das Foto auf Kopf und Schultern zu.",
  multiple_faces: "Auf dem Foto ist mehr als ein Gesicht.",
  face_cut_off: "Das Gesicht wird vom Fotorand abgeschnitten.",
  mask_empty: "Nichts ist bemalt: Malen Sie über den Teil des Bildes, der geändert werden soll.",
  mask_mismatch: "Die Maske hat nicht die Größe des Bildes.",
  mask_covers_image: "Die Maske bedeckt das ganze Bild, daher würde alles gesendet.",
  internal: "In Seed Studio ist ein interner Fehler aufgetreten.",
  unknown: "Etwas ist schiefgegangen.",
  detailLabel: "Einzelheiten",
} satisfies typeof en;
