variable "networking_mode" {
  type = string
}

# New clusters default to VPC-native.
resource "google_container_cluster" "default" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "vpc_native" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1
  networking_mode    = "VPC_NATIVE"

  ip_allocation_policy {
    cluster_secondary_range_name  = "pods"
    services_secondary_range_name = "services"
  }
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "dev"
  location           = "europe-west1"
  initial_node_count = 1
  networking_mode    = var.networking_mode
}
