resource "aws_sagemaker_endpoint_configuration" "model" {
  name        = "model"
  kms_key_arn = aws_kms_key.ml.arn
  production_variants {
    variant_name           = "main"
    model_name             = "model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

resource "aws_kms_key" "ml" {
  enable_key_rotation = true
}
