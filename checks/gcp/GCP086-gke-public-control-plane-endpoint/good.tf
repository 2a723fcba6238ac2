variable "private_endpoint" {
  type = bool
}

resource "google_container_cluster" "private" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}

# Only the DNS-based endpoint, guarded by IAM.
resource "google_container_cluster" "dns_only" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1

  control_plane_endpoints_config {
    dns_endpoint_config {
      allow_external_traffic = true
    }
    ip_endpoints_config {
      enabled = false
    }
  }
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "dev"
  location           = "europe-west1"
  initial_node_count = 1

  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = var.private_endpoint
  }
}
