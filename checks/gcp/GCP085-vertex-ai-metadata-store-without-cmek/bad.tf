resource "google_vertex_ai_metadata_store" "lineage" { # expect: GCP085
  name   = "lineage"
  region = "europe-west1"
}
