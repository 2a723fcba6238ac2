variable "datapath" {
  type = string
}

resource "google_container_cluster" "dataplane_v2" {
  name               = "prod"
  location           = "europe-west1"
  initial_node_count = 1
  datapath_provider  = "ADVANCED_DATAPATH"
}

resource "google_container_cluster" "calico" {
  name               = "calico"
  location           = "europe-west1"
  initial_node_count = 1

  network_policy {
    enabled  = true
    provider = "CALICO"
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
}

# Unknown here: no finding.
resource "google_container_cluster" "from_var" {
  name               = "stage"
  location           = "europe-west1"
  initial_node_count = 1
  datapath_provider  = var.datapath
}
