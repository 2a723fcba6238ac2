resource "aws_sagemaker_endpoint_configuration" "model" { # expect: AWS309
  name = "model"
  production_variants {
    variant_name           = "main"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}
