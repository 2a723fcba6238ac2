resource "google_vertex_ai_index_endpoint" "search" {
  display_name            = "search"
  region                  = "europe-west4"
  public_endpoint_enabled = true # expect: GCP163
}
