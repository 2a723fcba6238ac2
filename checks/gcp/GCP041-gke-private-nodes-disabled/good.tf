variable "private_nodes" {
  type = bool
}

resource "google_container_cluster" "private" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes = var.private_nodes
  }
}

# Private nodes chosen on the node pool.
resource "google_container_cluster" "pool_level" {
  name                     = "pool-level"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "private" {
  name    = "private"
  cluster = google_container_cluster.pool_level.name

  network_config {
    enable_private_nodes = true
  }
}
