resource "google_vertex_ai_endpoint" "scoring" { # expect: GCP162
  name         = "scoring"
  display_name = "scoring"
  location     = "europe-west4"
}
