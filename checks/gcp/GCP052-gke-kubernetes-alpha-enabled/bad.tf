resource "google_container_cluster" "experiment" {
  name                    = "experiment"
  location                = "europe-west1-b"
  initial_node_count      = 1
  enable_kubernetes_alpha = true # expect: GCP052
}
