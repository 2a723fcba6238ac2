resource "google_container_node_pool" "ubuntu" {
  name    = "default"
  cluster = "prod"

  node_config {
    image_type = "UBUNTU_CONTAINERD" # expect: GCP051
  }
}
