variable "image" {
  type = string
}

resource "google_container_node_pool" "cos" {
  name    = "default"
  cluster = "prod"

  node_config {
    image_type = "COS_CONTAINERD"
  }
}

resource "google_container_node_pool" "windows" {
  name    = "windows"
  cluster = "prod"

  node_config {
    image_type = "WINDOWS_LTSC_CONTAINERD"
  }
}

# Unknown here: no finding.
resource "google_container_node_pool" "from_var" {
  name    = "custom"
  cluster = "prod"

  node_config {
    image_type = var.image
  }
}
