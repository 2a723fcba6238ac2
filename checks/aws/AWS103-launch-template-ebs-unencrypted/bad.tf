resource "aws_launch_template" "nodes" {
  name_prefix   = "nodes-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
  block_device_mappings { # expect: AWS103
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
      volume_type = "gp3"
    }
  }
  block_device_mappings {
    device_name = "/dev/xvdb"
    ebs {
      volume_size = 100
      encrypted   = "false" # expect: AWS103
    }
  }
  metadata_options {
    http_tokens = "required"
  }
}
