resource "aws_imagebuilder_image_recipe" "base" {
  name         = "base"
  parent_image = "arn:aws:imagebuilder:eu-west-1:aws:image/amazon-linux-2023-x86/x.x.x"
  version      = "1.0.0"
  block_device_mapping { # expect: AWS443
    device_name = "/dev/xvda"
    ebs {
      encrypted   = true
      volume_size = 30
      volume_type = "gp3"
    }
  }
  component {
    component_arn = "arn:aws:imagebuilder:eu-west-1:aws:component/update-linux/x.x.x"
  }
}
