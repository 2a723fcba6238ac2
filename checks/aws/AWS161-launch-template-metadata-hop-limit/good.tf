resource "aws_launch_template" "nodes" {
  name_prefix   = "nodes-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

variable "hops" {
  type = number
}

resource "aws_launch_template" "from_var" {
  name_prefix = "var-"
  image_id    = "ami-0123456789abcdef0"
  metadata_options {
    http_put_response_hop_limit = var.hops
  }
}
