resource "aws_launch_template" "nodes" {
  name_prefix   = "nodes-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 2 # expect: AWS161
  }
}
