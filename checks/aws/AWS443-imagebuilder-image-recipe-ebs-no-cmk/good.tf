resource "aws_imagebuilder_image_recipe" "base" {
  name         = "base"
  parent_image = "arn:aws:imagebuilder:eu-west-1:aws:image/amazon-linux-2023-x86/x.x.x"
  version      = "1.0.0"
  block_device_mapping {
    device_name = "/dev/xvda"
    ebs {
      encrypted   = true
      kms_key_id  = aws_kms_key.ami.arn
      volume_size = 30
    }
  }
  block_device_mapping {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }
  component {
    component_arn = "arn:aws:imagebuilder:eu-west-1:aws:component/update-linux/x.x.x"
  }
}
