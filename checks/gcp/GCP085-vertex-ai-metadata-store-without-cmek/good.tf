variable "kms_key" {
  type = string
}

resource "google_vertex_ai_metadata_store" "lineage" {
  name   = "lineage"
  region = "europe-west1"

  encryption_spec {
    kms_key_name = "projects/p/locations/europe-west1/keyRings/vertex/cryptoKeys/metadata"
  }
}

# Unknown here: no finding.
resource "google_vertex_ai_metadata_store" "from_var" {
  name   = "experiments"
  region = "europe-west1"

  encryption_spec {
    kms_key_name = var.kms_key
  }
}
