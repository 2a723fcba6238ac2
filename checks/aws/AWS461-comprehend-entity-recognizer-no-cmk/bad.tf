resource "aws_comprehend_entity_recognizer" "products" { # expect: AWS461
  name                 = "products"
  data_access_role_arn = "arn:aws:iam::123456789012:role/comprehend"
  language_code        = "en"
  model_kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555"
  input_data_config {
    entity_types {
      type = "PRODUCT"
    }
    documents {
      s3_uri = "s3://corp-training/documents.txt"
    }
    entity_list {
      s3_uri = "s3://corp-training/entities.csv"
    }
  }
}
